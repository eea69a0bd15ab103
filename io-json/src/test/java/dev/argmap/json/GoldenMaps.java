package dev.argmap.json;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.CopyId;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Locator;
import dev.argmap.model.PartialDate;
import dev.argmap.model.Person;
import dev.argmap.model.PersonKind;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceCopy;
import dev.argmap.model.SourceId;
import dev.argmap.model.SourceKind;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.model.Voice;
import java.net.URI;

/** The maps that the golden files in {@code src/test/resources/golden/} hold, built in Java. */
final class GoldenMaps {
  private GoldenMaps() {}

  /** One thesis, one statement: the least a valid map holds. */
  static ArgumentMap minimal() {
    return ArgumentMap.builder()
        .thesis("t1", "Russia and China will not form a formal military alliance.")
        .build();
  }

  /**
   * A small map that uses every field of the format, version 2: the {@linkplain #fullVersion1() map
   * of version 1} with reported speech, a direct quotation and the source's voice said outright,
   * speakers and authors that are a group and an organisation, a locator with a section and a
   * page range, a cited work with the pages it is cited at, and an approximate date.
   */
  static ArgumentMap full() {
    return fullVersion1().toBuilder()
        .description("A worked example that uses every field of the argmap format, version 2.")
        .addEvidence(
            Evidence.builder()
                .id(EvidenceId.of("e4"))
                .statement(StatementId.of("p1"))
                .quote("The defense ministers of both countries said no treaty was being discussed.")
                .weight(0.6)
                .source(SourceId.of("src1"))
                .speaker(Person.builder()
                    .name("Russian and Chinese defense ministers")
                    .role("at their joint briefing")
                    .kind(PersonKind.GROUP)
                    .build())
                .voice(Voice.REPORTED_SPEECH)
                .build(),
            Evidence.builder()
                .id(EvidenceId.of("e5"))
                .statement(StatementId.of("t2"))
                .quote("Relations have reached the highest level in their history.")
                .source(SourceId.of("src4"))
                .speaker(Person.organisation("Chinese government"))
                .voice(Voice.DIRECT_QUOTATION)
                .build(),
            Evidence.builder()
                .id(EvidenceId.of("e6"))
                .statement(StatementId.of("t2"))
                .quote("Cooperation will expand in every field.")
                .source(SourceId.of("src4"))
                .voice(Voice.SOURCE)
                .build(),
            Evidence.builder()
                .id(EvidenceId.of("e7"))
                .statement(StatementId.of("p2"))
                .quote("The treaty of 1950 bound each side to defend the other.")
                .locator(Locator.builder()
                    .copy(CopyId.of("c3"))
                    .section("Chapter 2: Historical relations")
                    .page("12-14")
                    .build())
                .weight(0.5)
                .source(SourceId.of("src3"))
                .citedWork(SourceId.of("src5"))
                .citedAt("pp. 52-53")
                .build())
        .addSources(
            Source.builder()
                .id(SourceId.of("src4"))
                .kind(SourceKind.OFFICIAL_DOCUMENT)
                .addAuthors(Person.builder()
                    .name("Ministry of Foreign Affairs")
                    .role("of the People's Republic of China")
                    .kind(PersonKind.ORGANISATION)
                    .build())
                .date(PartialDate.ofYear(2019))
                .build(),
            Source.builder()
                .id(SourceId.of("src5"))
                .kind(SourceKind.BOOK)
                .title("The Sino-Soviet Alliance")
                .date(PartialDate.ofYear(1979).asApproximate())
                .build())
        .build();
  }

  /**
   * The map of the version-1 golden file {@code full-v1.json}: every field of version 1, with the
   * voices that reading version 1 derives (a direct quotation where there is a speaker, the
   * source's voice elsewhere) and every person one person.
   */
  static ArgumentMap fullVersion1() {
    return ArgumentMap.builder()
        .title("Will Russia and China form an alliance?")
        .description("A worked example that uses every field of the argmap format, version 1.")
        .addTheses(StatementId.of("t1"), StatementId.of("t2"))
        .addStatements(
            Statement.builder()
                .id(StatementId.of("t1"))
                .text("Russia and China will not form a formal military alliance.")
                .title("No alliance")
                .addTags("alliance", "forecast")
                .notes("\"Formal\" means a treaty with a mutual-defence clause.")
                .build(),
            Statement.of("t2", "The partnership will deepen without a treaty."),
            Statement.of("p1", "Neither side wants to be drawn into the other's conflicts."),
            Statement.of("p2", "Both face the same adversary."),
            Statement.of("p3", "Shared adversaries push states into alliances."),
            Statement.builder()
                .id(StatementId.of("p4"))
                .text("Their leaders call the partnership \"stronger than an alliance\" — "
                    + "Россия и Китай, 中俄.\tTab and back\\slash 😀.")
                .build())
        .addArguments(
            Argument.builder()
                .id(ArgumentId.of("a1"))
                .addPremises(StatementId.of("p1"))
                .conclusion(StatementId.of("t1"))
                .polarity(Polarity.SUPPORTS)
                .weight(0.8)
                .scheme("argument from interests")
                .label("No entanglement")
                .notes("Both have said so in public.")
                .build(),
            Argument.builder()
                .id(ArgumentId.of("a2"))
                .addPremises(StatementId.of("p2"), StatementId.of("p3"))
                .conclusion(StatementId.of("t1"))
                .polarity(Polarity.ATTACKS)
                .build(),
            Argument.builder()
                .id(ArgumentId.of("a3"))
                .addPremises(StatementId.of("p4"))
                .conclusion(ArgumentId.of("a1"))
                .polarity(Polarity.ATTACKS)
                .weight(0.25)
                .build(),
            Argument.builder()
                .id(ArgumentId.of("a4"))
                .addPremises(StatementId.of("p4"))
                .conclusion(StatementId.of("t2"))
                .polarity(Polarity.SUPPORTS)
                .weight(0.1)
                .build())
        .addEvidence(
            Evidence.builder()
                .id(EvidenceId.of("e1"))
                .statement(StatementId.of("p1"))
                .quote("We are not going to create a military alliance with China.")
                .locator(Locator.builder()
                    .copy(CopyId.of("c1"))
                    .page("12")
                    .paragraph(3)
                    .start(1040)
                    .end(1099)
                    .build())
                .weight(0.9)
                .polarity(Polarity.SUPPORTS)
                .source(SourceId.of("src1"))
                .speaker(Person.of("Vladimir Putin", "President of Russia"))
                .citedWork(SourceId.of("src2"))
                .notes("Quoted from the Valdai Club session.")
                .build(),
            Evidence.builder()
                .id(EvidenceId.of("e2"))
                .statement(StatementId.of("p2"))
                .quote("Both countries see the United States as their main rival.")
                .source(SourceId.of("src2"))
                .build(),
            Evidence.builder()
                .id(EvidenceId.of("e3"))
                .statement(StatementId.of("p4"))
                .quote("stronger than an alliance")
                .locator(Locator.of(CopyId.of("c3")))
                .weight(1.0E-7)
                .polarity(Polarity.ATTACKS)
                .source(SourceId.of("src3"))
                .build())
        .addSources(
            Source.builder()
                .id(SourceId.of("src1"))
                .kind(SourceKind.NEWS_REPORT)
                .title("Putin: Russia-China military alliance not needed")
                .addAuthors(Person.of("Jane Roe", "Moscow correspondent"), Person.of("John Doe"))
                .publisher("Example News")
                .date(PartialDate.of(2020, 10, 22))
                .addLinks(URI.create("https://news.example.org/2020/10/22/putin-china"),
                    URI.create("http://archive.example.net/putin-china?lang=en&page=2"))
                .addCopies(
                    SourceCopy.builder()
                        .id(CopyId.of("c1"))
                        .document("putin-china.txt")
                        .description("the article as first published")
                        .publisher("Example News")
                        .date(PartialDate.of(2020, 10, 23))
                        .link(URI.create("https://news.example.org/2020/10/22/putin-china"))
                        .build(),
                    SourceCopy.builder().id(CopyId.of("c2")).build())
                .credibility(0.75)
                .notes("A reputable outlet; the quote is also on the Kremlin's site.")
                .build(),
            Source.builder()
                .id(SourceId.of("src2"))
                .kind(SourceKind.POLICY_REPORT)
                .title("Sino-Russian relations")
                .date(PartialDate.ofYear(2017))
                .build(),
            Source.builder()
                .id(SourceId.of("src3"))
                .kind(SourceKind.BLOG_POST)
                .date(PartialDate.ofYearMonth(2020, 10))
                .addCopies(SourceCopy.builder().id(CopyId.of("c3")).build())
                .credibility(0.0)
                .build())
        .putExtension("aif", "{\"locutions\": [{\"nodeID\": \"L1\", \"text\": \"Putin: We are not going\"}]}")
        .putExtension("x-editor", "folded: a1, a3")
        .build();
  }
}
