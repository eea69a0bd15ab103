package dev.argmap.render.markdown;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.CopyId;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Locator;
import dev.argmap.model.PartialDate;
import dev.argmap.model.Person;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceCopy;
import dev.argmap.model.SourceId;
import dev.argmap.model.SourceKind;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.net.URI;

/** Maps the tests render. */
final class Maps {
  private Maps() {}

  /** A small map that uses every feature the outline shows; its people, sources and quotes are invented. */
  static ArgumentMap alliance() {
    return ArgumentMap.builder()
        .title("Will Russia and China form an alliance?")
        .description("A small map for the renderer's tests.")
        .thesis("t1", "Russia and China will not form a formal military alliance.")
        .statement("p1", "Neither side wants to be drawn into the other's conflicts.")
        .statement("p2", "A formal alliance would oblige each to fight for the other.")
        .statement("p3", "The two hold joint military exercises every year.")
        .statement("u1", "Joint exercises are common between states that are not allies.")
        .addStatements(Statement.builder().id(StatementId.of("p4")).title("Trust")
            .text("Moscow and Beijing distrust each other.").build())
        .argument("a1", Polarity.SUPPORTS, "t1", "p1", "p2")
        .addArguments(Argument.builder().id(ArgumentId.of("a2")).polarity(Polarity.ATTACKS)
            .conclusion(StatementId.of("t1")).addPremises(StatementId.of("p3")).weight(0.4)
            .scheme("argument from sign").build())
        .undercutter("a3", "a2", "u1")
        .argument("a4", Polarity.SUPPORTS, "p1", "p4")
        .addEvidence(
            Evidence.builder().id(EvidenceId.of("e1")).statement(StatementId.of("p1"))
                .quote("We have no intention of forming a military alliance.")
                .weight(0.9).source(SourceId.of("s1"))
                .speaker(Person.of("Lena Example", "deputy foreign minister"))
                .locator(Locator.builder().copy(CopyId.of("s1-web")).paragraph(4).build())
                .build(),
            Evidence.builder().id(EvidenceId.of("e2")).statement(StatementId.of("p3"))
                .quote("The navies held their annual drill in the Sea of Japan.")
                .weight(0.5).polarity(Polarity.SUPPORTS).source(SourceId.of("s2"))
                .citedWork(SourceId.of("s1")).build(),
            Evidence.builder().id(EvidenceId.of("e3")).statement(StatementId.of("p4"))
                .quote("Mutual suspicion runs deep.").weight(0.25).polarity(Polarity.ATTACKS)
                .source(SourceId.of("s2")).build())
        .addSources(
            Source.builder().id(SourceId.of("s1")).kind(SourceKind.NEWS_REPORT)
                .title("Minister rules out alliance").publisher("The Example Gazette")
                .date(PartialDate.of(2020, 10, 22)).credibility(0.8)
                .addLinks(URI.create("https://gazette.example.org/2020/10/22/pact"))
                .addCopies(SourceCopy.builder().id(CopyId.of("s1-web")).description("web edition")
                    .link(URI.create("https://gazette.example.org/2020/10/22/pact")).build(),
                    SourceCopy.builder().id(CopyId.of("s1-repost")).description("blog repost")
                        .publisher("Example Blog").date(PartialDate.ofYearMonth(2020, 11)).build())
                .build(),
            Source.builder().id(SourceId.of("s2")).kind(SourceKind.COMMENTARY)
                .addAuthors(Person.of("A. Analyst"), Person.of("B. Scholar", "Fellow"))
                .date(PartialDate.ofYear(2021)).build())
        .build();
  }

  /** A thesis held up by a circle of support: p1 for p2, p2 for p3, p3 for p1, and p1 for t1. */
  static ArgumentMap supportCycle() {
    return ArgumentMap.builder()
        .thesis("t1", "The thesis.")
        .statement("p1", "First premise.")
        .statement("p2", "Second premise.")
        .statement("p3", "Third premise.")
        .argument("a1", Polarity.SUPPORTS, "t1", "p1")
        .argument("a2", Polarity.SUPPORTS, "p1", "p2")
        .argument("a3", Polarity.SUPPORTS, "p2", "p3")
        .argument("a4", Polarity.SUPPORTS, "p3", "p1")
        .argument("a5", Polarity.ATTACKS, "p2", "t1")
        .build();
  }
}
