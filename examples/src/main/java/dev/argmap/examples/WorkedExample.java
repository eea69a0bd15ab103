package dev.argmap.examples;

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
import dev.argmap.render.markdown.MarkdownOutline;

/**
 * The worked example of the user guide ({@code docs/guide/model.md}): a small map with linked
 * co-premises, an attack on a premise, an undercutter, and evidence attributed to a speaker, a
 * publisher and a cited work. Prints the map as a Markdown outline. The organisations, people and
 * quotes are invented.
 */
public final class WorkedExample {
  private WorkedExample() {}

  /**
   * Returns the guide's map.
   *
   * @return the map
   */
  public static ArgumentMap map() {
    return ArgumentMap.builder()
        .title("A new tram line?")
        .thesis("t1", "The city should build the new tram line.")
        .statement("p1", "The tram would carry more passengers than the buses it replaces.")
        .statement("p2", "The city can pay for the tram without cutting other services.")
        .statement("p3", "Tram projects usually cost far more than planned.")
        .statement("u1", "This tram line is built under a fixed-price contract.")
        .argument("a1", Polarity.SUPPORTS, "t1", "p1", "p2") // linked co-premises
        .argument("a2", Polarity.ATTACKS, "p2", "p3")        // attacks a premise
        .undercutter("a3", "a2", "u1")                       // attacks the inference of a2
        .addSources(
            Source.builder()
                .id(SourceId.of("plan"))
                .kind(SourceKind.OFFICIAL_DOCUMENT)
                .title("Transport plan 2030")
                .publisher("Example City Council")
                .date(PartialDate.ofYearMonth(2024, 3))
                .addCopies(
                    SourceCopy.builder().id(CopyId.of("plan-pdf")).description("council PDF").build(),
                    SourceCopy.builder()
                        .id(CopyId.of("plan-archive"))
                        .description("web archive copy")
                        .date(PartialDate.of(2024, 4, 2))
                        .build())
                .build(),
            Source.builder()
                .id(SourceId.of("herald"))
                .kind(SourceKind.NEWS_REPORT)
                .title("Why trams overrun")
                .publisher("The Example Herald")
                .date(PartialDate.of(2023, 11, 8))
                .credibility(0.7)
                .build(),
            Source.builder()
                .id(SourceId.of("study"))
                .kind(SourceKind.JOURNAL_ARTICLE)
                .title("Cost overruns in light rail")
                .addAuthors(Person.of("R. Example"), Person.of("S. Sample"))
                .publisher("Journal of Example Transport")
                .date(PartialDate.ofYear(2021))
                .build())
        .addEvidence(
            Evidence.builder()
                .id(EvidenceId.of("e1"))
                .statement(StatementId.of("p1"))
                .quote("The tram is expected to carry twice as many passengers as the bus lines"
                    + " it replaces.")
                .weight(0.8)
                .source(SourceId.of("plan"))
                .locator(Locator.builder().copy(CopyId.of("plan-pdf")).page("14").build())
                .build(),
            Evidence.builder()
                .id(EvidenceId.of("e2"))
                .statement(StatementId.of("p3"))
                .quote("Nine in ten light-rail projects end up over budget.")
                .weight(0.6)
                .source(SourceId.of("herald"))
                .speaker(Person.of("Dana Example", "transport economist"))
                .citedWork(SourceId.of("study"))
                .build())
        .build();
  }

  /**
   * Prints the guide's map as a Markdown outline.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(MarkdownOutline.render(map()));
  }
}
