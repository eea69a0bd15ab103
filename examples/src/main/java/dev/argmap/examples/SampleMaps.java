package dev.argmap.examples;

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
import dev.argmap.model.StatementId;
import java.net.URI;

/**
 * The small sample map the examples share. Its sources, speakers and quotes are invented to show
 * the model; they are not real.
 */
public final class SampleMaps {
  private SampleMaps() {}

  /**
   * Returns a small map about whether two countries will form an alliance: one thesis, an argument
   * for it with linked co-premises, an argument against it with an undercutter, evidence with a
   * speaker, a cited work and locators, and three sources, one with two copies.
   *
   * @return the map
   */
  public static ArgumentMap alliance() {
    return ArgumentMap.builder()
        .title("Sample: a Russia-China alliance?")
        .description("Illustrative only: the sources, speakers and quotes are invented.")
        .thesis("t1", "Russia and China will not form a formal military alliance in the next decade.")
        .statement("p1", "Each side wants to keep its freedom of action.")
        .statement("p2", "A formal alliance would oblige each side to fight in wars it did not choose.")
        .statement("p3", "The two armies hold joint military exercises every year.")
        .statement("p4", "Both governments describe their partnership as explicitly not an alliance.")
        .statement("u1", "Joint exercises are common between countries that are not allies.")
        // a1: linked co-premises p1 and p2 support the thesis only together
        .argument("a1", Polarity.SUPPORTS, "t1", "p1", "p2")
        .addArguments(Argument.builder()
            .id(ArgumentId.of("a2"))
            .polarity(Polarity.ATTACKS)
            .conclusion(StatementId.of("t1"))
            .addPremises(StatementId.of("p3"))
            .weight(0.6)
            .scheme("argument from sign")
            .build())
        .argument("a3", Polarity.SUPPORTS, "p1", "p4")
        // a4 undercuts a2: it grants p3 but denies that p3 says anything about an alliance
        .undercutter("a4", "a2", "u1")
        .addEvidence(
            Evidence.builder()
                .id(EvidenceId.of("e1"))
                .statement(StatementId.of("p4"))
                .quote("Our partnership is not an alliance, and it is directed against no one.")
                .weight(0.9)
                .source(SourceId.of("gazette"))
                .speaker(Person.of("Lena Example", "deputy foreign minister"))
                .locator(Locator.builder().copy(CopyId.of("gazette-web")).paragraph(3).build())
                .build(),
            Evidence.builder()
                .id(EvidenceId.of("e2"))
                .statement(StatementId.of("p3"))
                .quote("The annual exercise brought together naval and air units of both countries.")
                .weight(0.8)
                .source(SourceId.of("gazette"))
                .citedWork(SourceId.of("report"))
                .build(),
            Evidence.builder()
                .id(EvidenceId.of("e3"))
                .statement(StatementId.of("u1"))
                .quote("Exercises with partners who are not treaty allies are routine for most"
                    + " large militaries.")
                .weight(0.7)
                .source(SourceId.of("handbook"))
                .locator(Locator.builder().copy(CopyId.of("handbook-print")).page("42").build())
                .build(),
            Evidence.builder()
                .id(EvidenceId.of("e4"))
                .statement(StatementId.of("p2"))
                .quote("A treaty of alliance commits each party to the defence of the other.")
                .weight(0.9)
                .source(SourceId.of("handbook"))
                .locator(Locator.builder().copy(CopyId.of("handbook-print")).page("7").build())
                .build())
        .addSources(
            Source.builder()
                .id(SourceId.of("gazette"))
                .kind(SourceKind.NEWS_REPORT)
                .title("Ministers meet, rule out a pact")
                .publisher("The Example Gazette")
                .date(PartialDate.of(2024, 5, 16))
                .credibility(0.7)
                .addCopies(
                    SourceCopy.builder()
                        .id(CopyId.of("gazette-web"))
                        .description("web edition")
                        .link(URI.create("https://gazette.example.org/2024/05/16/pact"))
                        .build(),
                    SourceCopy.builder()
                        .id(CopyId.of("gazette-repost"))
                        .description("blog repost")
                        .publisher("Example Blog")
                        .date(PartialDate.ofYearMonth(2024, 6))
                        .build())
                .build(),
            Source.builder()
                .id(SourceId.of("report"))
                .kind(SourceKind.OFFICIAL_DOCUMENT)
                .title("Annual report on military cooperation")
                .publisher("Example Ministry of Defence")
                .date(PartialDate.ofYear(2023))
                .credibility(0.6)
                .build(),
            Source.builder()
                .id(SourceId.of("handbook"))
                .kind(SourceKind.BOOK)
                .title("Alliances: A Handbook")
                .addAuthors(Person.of("A. Author"), Person.of("B. Author"))
                .publisher("Example University Press")
                .date(PartialDate.ofYear(2019))
                .credibility(0.9)
                .addCopies(SourceCopy.builder()
                    .id(CopyId.of("handbook-print"))
                    .description("second printing")
                    .document("handbook.txt")
                    .build())
                .build())
        .build();
  }
}
