package dev.argmap.testing;

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
import java.util.SplittableRandom;

/**
 * Small hand-made maps for tests, each built to show some features or shapes, and one way to add
 * cycles to a {@link RandomMaps} map. Their people, sources and quotes are invented; each call builds
 * a new, equal map.
 *
 * <pre>{@code
 * String dot = myRenderer.renderToString(FixtureMaps.alliance());
 * }</pre>
 */
public final class FixtureMaps {
  private FixtureMaps() {}

  /**
   * Returns a thesis with one quote that gives the section and pages it stands on in its copy, and the
   * pages of the work it cites, which is dated "about 1979".
   *
   * @return the map
   */
  public static ArgumentMap citedPlaces() {
    return ArgumentMap.builder()
        .thesis("t1", THESIS)
        .addEvidence(Evidence.builder().id(EvidenceId.of("e1")).statement(StatementId.of("t1"))
            .quote("The treaty of 1950 bound each side to defend the other.")
            .source(SourceId.of("paper"))
            .locator(Locator.builder().copy(CopyId.of("paper-text")).section("Chapter 2: History")
                .page("12-14").build())
            .citedWork(SourceId.of("book")).citedAt("pp. 52-53").build())
        .addSources(
            Source.builder().id(SourceId.of("paper")).kind(SourceKind.ACADEMIC_PAPER)
                .date(PartialDate.ofYear(2017).asApproximate())
                .addCopies(SourceCopy.builder().id(CopyId.of("paper-text")).build()).build(),
            Source.builder().id(SourceId.of("book")).kind(SourceKind.BOOK)
                .title("The Sino-Soviet Alliance").date(PartialDate.ofYear(1979)).build())
        .build();
  }

  /** The thesis of {@link #alliance()}. */
  public static final String THESIS = "Russia and China will not form a formal military alliance.";

  /** The thesis of {@link #nasty()}: text that is markup or syntax in some output format. */
  public static final String NASTY =
      "He said \"no\" \\ <script>alert('x')</script> & <b id=\"pwn\">bold</b> #35; `code` ]]> --> {a|b} [c]";

  /**
   * Returns a small map with every feature: a linked argument (a1 on t1 from p1 and p2), an attack (a2,
   * weight 0.4, a scheme, a label), an undercutter (a3 on a2), a nested argument (a4 for p1), a statement
   * with a title (p4), evidence with a speaker, a locator, a cited work and one that undermines, and two
   * sources, one with two copies.
   *
   * @return the map
   */
  public static ArgumentMap alliance() {
    return ArgumentMap.builder()
        .title("Will Russia and China form an alliance?")
        .description("A small map for the renderers' tests.")
        .thesis("t1", THESIS)
        .statement("p1", "Neither side wants to be drawn into the other's conflicts.")
        .statement("p2", "A formal alliance would oblige each to fight for the other.")
        .statement("p3", "The two hold joint military exercises every year.")
        .statement("u1", "Joint exercises are common between states that are not allies.")
        .addStatements(Statement.builder().id(StatementId.of("p4")).title("Trust")
            .text("Moscow and Beijing distrust each other.").build())
        .argument("a1", Polarity.SUPPORTS, "t1", "p1", "p2")
        .addArguments(Argument.builder().id(ArgumentId.of("a2")).polarity(Polarity.ATTACKS)
            .conclusion(StatementId.of("t1")).addPremises(StatementId.of("p3")).weight(0.4)
            .scheme("argument from sign").label("Exercises show an alliance forming").build())
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
                .weight(0.5).source(SourceId.of("s2")).citedWork(SourceId.of("s1")).build(),
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

  /**
   * Returns a map whose identifiers and texts hold what is syntax in DOT, Mermaid, XML, HTML, JavaScript
   * and JSON: quotes, backslashes, angle brackets, ampersands, a script element, line breaks, a tab, a
   * control character and a character outside the Basic Multilingual Plane.
   *
   * @return the map
   */
  public static ArgumentMap nasty() {
    return ArgumentMap.builder()
        .title("A </script> \"title\" & <title>")
        .thesis("t\"1<&>", NASTY)
        .statement("p\\1", "Line one\nline two\ttabbed \u0001 and \uD83D\uDE00 end")
        .statement("end", "A statement whose id is a Mermaid keyword.")
        .argument("a<1>", Polarity.SUPPORTS, "t\"1<&>", "p\\1", "end")
        .undercutter("a&2", "a<1>", "end")
        .addEvidence(Evidence.builder().id(EvidenceId.of("e\"1")).statement(StatementId.of("p\\1"))
            .quote("</script><!-- \"quoted\" & 'single' \u2028 -->").source(SourceId.of("s<1>"))
            .speaker(Person.of("O'Brien & <Co>")).build())
        .addSources(Source.builder().id(SourceId.of("s<1>")).kind(SourceKind.OTHER)
            .title("<i>Title</i> & \"more\"").build())
        .build();
  }

  /**
   * Returns a thesis held up by a circle of support: p1 for p2, p2 for p3, p3 for p1, p1 for t1, and p2
   * against t1.
   *
   * @return the map
   */
  public static ArgumentMap supportCycle() {
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

  /**
   * Returns a small map with every shape a format must carry: linked premises, an attack, an
   * undercutter, a support of an argument, an attack on an attack, a statement used by two arguments, an
   * isolated statement, a scheme, a weight, a label and text with brackets, angles and comment markers.
   *
   * @return the map
   */
  public static ArgumentMap shapes() {
    return ArgumentMap.builder()
        .title("Shapes")
        .thesis("t", "The thesis.")
        .statement("p1", "First premise, linked.")
        .statement("p2", "Second premise, linked.")
        .statement("c1", "An objection: [brackets], <angles>, #hash, @at, {braces}, // slashes, *stars*.")
        .statement("u", "An undercutting reason.")
        .statement("s", "A reason for the inference.")
        .statement("q", "A reason against the objection's force.")
        .statement("lonely", "Nobody uses me.")
        .addArguments(Argument.builder().id(ArgumentId.of("a1")).polarity(Polarity.SUPPORTS)
            .conclusion(StatementId.of("t")).addPremises(StatementId.of("p1"), StatementId.of("p2"))
            .scheme("argument from expert opinion").weight(0.75).label("Linked support").build())
        .argument("a2", Polarity.ATTACKS, "t", "c1")
        .undercutter("a3", "a1", "u")
        .addArguments(Argument.builder().id(ArgumentId.of("a4")).polarity(Polarity.SUPPORTS)
            .conclusion(ArgumentId.of("a1")).addPremises(StatementId.of("s")).build())
        .undercutter("a5", "a2", "q", "p1")
        .build();
  }

  /**
   * Returns a {@link RandomMaps} map with a few extra arguments from early statements to later ones,
   * which close cycles (the generator's maps are acyclic: their arguments point from later statements
   * to earlier ones). The same arguments always give an equal map.
   *
   * @param seed the seed of the generator and of the extra arguments
   * @param statements the number of statements, at least 1
   * @param backArguments how many extra arguments to try; one whose ends would coincide is left out
   * @return the map
   * @throws IllegalArgumentException if {@code statements} is less than 1 or {@code backArguments} is
   *     negative
   */
  public static ArgumentMap cyclic(long seed, int statements, int backArguments) {
    if (backArguments < 0) {
      throw new IllegalArgumentException("backArguments must not be negative, was " + backArguments);
    }
    ArgumentMap m = RandomMaps.withStatements(statements).seed(seed).generate();
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    ArgumentMap.Builder b = m.toBuilder();
    int n = m.statements().size();
    for (int i = 0; i < backArguments; i++) {
      int from = r.nextInt(Math.max(1, n / 3));
      int to = n / 3 + r.nextInt(n - n / 3);
      if (from == to) {
        continue;
      }
      b.addArguments(Argument.builder().id(ArgumentId.of("back" + i))
          .polarity(r.nextInt(3) == 0 ? Polarity.ATTACKS : Polarity.SUPPORTS)
          .conclusion(m.statements().get(to).id()).weight(0.2 + 0.8 * r.nextDouble())
          .addPremises(m.statements().get(from).id()).build());
    }
    return b.build();
  }
}
