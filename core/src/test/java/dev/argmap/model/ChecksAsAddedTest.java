package dev.argmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A builder checks each element as it is added, against the elements added before it, and its
 * {@code build()} then only looks up the references that named an element added later. These tests
 * compare that path with the full check on seeded random maps with random faults (references to
 * elements added later or never, repeated identifiers, copies of another source, self-citations,
 * circular arguments, a missing thesis, a link that is not a web address) added in random order: a builder whose elements are all
 * replaced by themselves takes the full check, and both must give the same map or the same problems
 * in the same order.
 */
class ChecksAsAddedTest {
  private static final long SEED = 0xadd_ed5L;
  private static final int ROUNDS = 3_000;

  @Test
  void theChecksAsAddedAgreeWithTheFullCheckOnRandomMaps() {
    Random random = new Random(SEED);
    int valid = 0;
    int invalid = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long seed = random.nextLong();
      Outcome asAdded = outcome(builder(new Random(seed), false));
      Outcome full = outcome(builder(new Random(seed), true));
      assertThat(asAdded).as("round %d", round).isEqualTo(full);
      if (asAdded.map() != null) {
        valid++;
      } else {
        invalid++;
      }
    }
    // both kinds of map must come up often for the comparison to mean anything
    assertThat(valid).isGreaterThan(ROUNDS / 10);
    assertThat(invalid).isGreaterThan(ROUNDS / 10);
  }

  @Test
  void aReferenceToAnElementAddedLaterIsFoundAndOneNeverAddedIsReported() {
    ArgumentMap.Builder b = ArgumentMap.builder()
        .argument("a1", Polarity.SUPPORTS, "t1", "p1")
        .thesis("t1", "A thesis.");
    assertThat(problems(b)).containsExactly(
        "MISSING_REFERENCE Argument a1: premise p1 is not a statement of the map");
    b.statement("p1", "A premise.");
    assertThat(b.build().arguments()).hasSize(1);
  }

  @Test
  void aRemovalAfterTheChecksAsAddedIsSeenByTheBuild() {
    ArgumentMap.Builder b = ArgumentMap.builder()
        .thesis("t1", "A thesis.")
        .statement("p1", "A premise.")
        .argument("a1", Polarity.SUPPORTS, "t1", "p1");
    assertThat(b.build().arguments()).hasSize(1);
    b.removeStatement(StatementId.of("p1"));
    assertThat(problems(b)).containsExactly(
        "MISSING_REFERENCE Argument a1: premise p1 is not a statement of the map");
  }

  @Test
  void anElementAddedToACopyOfAMapIsCheckedAgainstTheMapsElements() {
    ArgumentMap map = ArgumentMap.builder()
        .thesis("t1", "A thesis.")
        .statement("p1", "A premise.")
        .build();
    assertThat(map.toBuilder().argument("a1", Polarity.SUPPORTS, "t1", "p1").build()
        .argumentsFor(StatementId.of("t1"))).hasSize(1);
    assertThat(problems(map.toBuilder().argument("a1", Polarity.SUPPORTS, "t1", "p2")))
        .containsExactly("MISSING_REFERENCE Argument a1: premise p2 is not a statement of the map");
  }

  // ---------------------------------------------------------------- random maps

  private record Outcome(ArgumentMap map, List<String> problems) {}

  private static Outcome outcome(ArgumentMap.Builder b) {
    try {
      return new Outcome(b.build(), null);
    } catch (InvalidMapException e) {
      List<String> out = new ArrayList<>();
      for (MapProblem p : e.problems()) {
        out.add(p.rule() + " " + p.element() + ": " + p.message());
      }
      return new Outcome(null, out);
    }
  }

  private static List<String> problems(ArgumentMap.Builder b) {
    return BuildFastPathsTest.problems(b);
  }

  /**
   * A random map, its elements added in random order; with {@code full}, every element is then
   * replaced by itself, which leaves the map as it was but sends its build through the full check.
   */
  private static ArgumentMap.Builder builder(Random r, boolean full) {
    int statements = 1 + r.nextInt(6);
    int sources = 1 + r.nextInt(3);
    List<Consumer<ArgumentMap.Builder>> adds = new ArrayList<>();
    List<Statement> madeStatements = new ArrayList<>();
    List<Argument> madeArguments = new ArrayList<>();
    List<Evidence> madeEvidence = new ArrayList<>();
    List<Source> madeSources = new ArrayList<>();
    for (int i = 0; i < statements; i++) {
      // now and then a repeated identifier, or one that nothing else will use
      String id = fault(r, 30) ? "s" + r.nextInt(statements) : "s" + i;
      Statement s = Statement.of(id, "Statement " + i + ".");
      madeStatements.add(s);
      adds.add(b -> b.addStatements(s));
    }
    int arguments = r.nextInt(5);
    for (int i = 0; i < arguments; i++) {
      Argument.Builder a = Argument.builder()
          .id(ArgumentId.of(fault(r, 30) ? "a" + r.nextInt(arguments) : "a" + i))
          .polarity(r.nextBoolean() ? Polarity.SUPPORTS : Polarity.ATTACKS);
      if (r.nextInt(5) == 0 && arguments > 1) {
        a.conclusion(ArgumentId.of("a" + r.nextInt(arguments + 1)));
      } else {
        a.conclusion(StatementId.of(statementId(r, statements)));
      }
      for (int p = fault(r, 20) ? 0 : 1 + r.nextInt(3); p > 0; p--) {
        a.addPremises(StatementId.of(statementId(r, statements)));
      }
      Argument built = a.build();
      madeArguments.add(built);
      adds.add(b -> b.addArguments(built));
    }
    for (int i = 0; i < sources; i++) {
      Source.Builder s = Source.builder()
          .id(SourceId.of(fault(r, 20) ? "src" + r.nextInt(sources) : "src" + i))
          .kind(SourceKind.COMMENTARY);
      if (fault(r, 30)) {
        s.addLinks(java.net.URI.create("ftp://example.org/not-a-web-link"));
      }
      for (int c = r.nextInt(3); c > 0; c--) {
        // a copy identifier now and then in two sources
        s.addCopies(SourceCopy.builder()
            .id(CopyId.of(fault(r, 20) ? "c0" : "src" + i + "-c" + c)).build());
      }
      Source built = s.build();
      madeSources.add(built);
      adds.add(b -> b.addSources(built));
    }
    int evidence = r.nextInt(5);
    for (int i = 0; i < evidence; i++) {
      String source = "src" + (fault(r, 15) ? sources : r.nextInt(sources));
      Evidence.Builder e = Evidence.builder()
          .id(EvidenceId.of(fault(r, 20) ? "e" + r.nextInt(evidence) : "e" + i))
          .statement(StatementId.of(statementId(r, statements)))
          .source(SourceId.of(source))
          .quote("Quote " + i + ".");
      if (r.nextInt(4) == 0) {
        e.citedWork(SourceId.of(fault(r, 30) ? source : "src" + r.nextInt(sources + 1)));
      }
      if (r.nextInt(3) == 0) {
        // the source's own first copy, another source's, or one that does not exist
        String copy = fault(r, 150) ? "src" + r.nextInt(sources + 1) + "-c1" : source + "-c1";
        e.locator(Locator.builder().copy(CopyId.of(copy)).build());
      }
      Evidence built = e.build();
      madeEvidence.add(built);
      adds.add(b -> b.addEvidence(built));
    }
    Collections.shuffle(adds, r);
    ArgumentMap.Builder b = ArgumentMap.builder();
    if (!fault(r, 10)) {
      b.addTheses(StatementId.of(fault(r, 10) ? "s" + statements : "s0"));
    }
    for (Consumer<ArgumentMap.Builder> add : adds) {
      add.accept(b);
    }
    if (full) {
      // replacing finds the first element with an identifier: the map stays as it was
      for (Statement s : madeStatements) {
        b.updateStatement(s.id(), x -> x);
      }
      for (Argument a : madeArguments) {
        b.updateArgument(a.id(), x -> x);
      }
      for (Evidence e : madeEvidence) {
        b.updateEvidence(e.id(), x -> x);
      }
      for (Source s : madeSources) {
        b.updateSource(s.id(), x -> x);
      }
    }
    return b;
  }

  /** A statement's identifier; now and then one that no statement has. */
  private static String statementId(Random r, int statements) {
    return "s" + (fault(r, 10) ? statements : r.nextInt(statements));
  }

  private static boolean fault(Random r, int perMille) {
    return r.nextInt(1000) < perMille;
  }
}
