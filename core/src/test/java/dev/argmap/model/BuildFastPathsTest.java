package dev.argmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts {@link ArgumentMap.Builder#build()} takes for speed, each against the case that must
 * leave it for the full check: the surrogate scan, the first-character blank test, the index that
 * falls back to reporting repeats, the pairwise and hashed premise checks, the query indexes built on
 * first use.
 */
class BuildFastPathsTest {

  private static ArgumentMap.Builder base() {
    return ArgumentMap.builder()
        .thesis("t1", "Russia and China will not form a formal military alliance.")
        .statement("p1", "Neither side wants to be drawn into the other's wars.");
  }

  /** The problems of a build that must fail, as rule, element and message (ChecksAsAddedTest's too). */
  static List<String> problems(ArgumentMap.Builder b) {
    InvalidMapException e = catchThrowableOfType(InvalidMapException.class, b::build);
    assertThat(e).as("the build should fail").isNotNull();
    List<String> out = new ArrayList<>();
    for (MapProblem p : e.problems()) {
      out.add(p.rule() + " " + p.element() + ": " + p.message());
    }
    return out;
  }

  @Test
  void anUnpairedSurrogateAfterAPairIsFoundAtItsPlace() {
    // the pair at characters 3-4 starts the slow path, the lone low surrogate at 7 must still be seen
    ArgumentMap.Builder b = base().statement("p2", "ab\uD83D\uDE00cd\uDE00e");
    assertThat(problems(b)).containsExactly(
        "INVALID_TEXT Statement p2: text is not valid Unicode: an unpaired surrogate U+DE00 at"
            + " character 7");
  }

  @Test
  void pairedSurrogatesAndLeadingSpaceAreValidText() {
    ArgumentMap map = base().statement("p2", "  Emoji \uD83D\uDE00 after leading space.").build();
    assertThat(map.statement(StatementId.of("p2"))).isPresent();
  }

  @Test
  void aTextOfWhiteSpaceOnlyIsBlankWhateverItsFirstCharacter() {
    ArgumentMap.Builder b = base()
        .statement("p2", " \t\u2003 ")
        .statement("p3", "\u2003");
    assertThat(problems(b)).containsExactly(
        "BLANK_TEXT Statement p2: text must not be blank",
        "BLANK_TEXT Statement p3: text must not be blank");
  }

  @Test
  void aStatementIdUsedThreeTimesIsReportedOnceAndOtherProblemsStillCome() {
    ArgumentMap.Builder b = base()
        .statement("p1", "Again.")
        .statement("p1", "And again.")
        .argument("a1", Polarity.SUPPORTS, "t1", "p9");
    assertThat(problems(b)).containsExactly(
        "DUPLICATE_ID Statement p1: identifier is used by more than one statement",
        "MISSING_REFERENCE Argument a1: premise p9 is not a statement of the map");
  }

  @Test
  void aCopyIdInTwoSourcesIsReportedWithBothSources() {
    Source first = Source.builder().id(SourceId.of("src1")).kind(SourceKind.COMMENTARY)
        .credibility(0.8).addCopies(SourceCopy.builder().id(CopyId.of("c1")).build()).build();
    Source second = Source.builder().id(SourceId.of("src2")).kind(SourceKind.COMMENTARY)
        .credibility(0.8).addCopies(SourceCopy.builder().id(CopyId.of("c1")).build()).build();
    assertThat(problems(base().addSources(first, second))).containsExactly(
        "DUPLICATE_ID Copy c1: identifier is used by more than one copy (sources src1 and src2)");
  }

  @Test
  void repeatedPremisesAreReportedForEachRepeatInShortAndLongLists() {
    Argument.Builder shortList = Argument.builder().id(ArgumentId.of("a1"))
        .polarity(Polarity.SUPPORTS).conclusion(StatementId.of("t1"))
        .addPremises(StatementId.of("p1"), StatementId.of("p1"), StatementId.of("p1"));
    Argument.Builder longList = Argument.builder().id(ArgumentId.of("a2"))
        .polarity(Polarity.SUPPORTS).conclusion(StatementId.of("t1"));
    ArgumentMap.Builder b = base();
    for (int i = 0; i < 20; i++) {
      b.statement("q" + i, "Premise " + i + ".");
      longList.addPremises(StatementId.of("q" + i));
    }
    longList.addPremises(StatementId.of("q3"), StatementId.of("q3"));
    b.addArguments(shortList.build(), longList.build());
    assertThat(problems(b)).containsExactly(
        "DUPLICATE_PREMISE Argument a1: lists premise p1 twice",
        "DUPLICATE_PREMISE Argument a1: lists premise p1 twice",
        "DUPLICATE_PREMISE Argument a2: lists premise q3 twice",
        "DUPLICATE_PREMISE Argument a2: lists premise q3 twice");
  }

  @Test
  void threadsQueryingAFreshMapAtOnceGetTheSameAnswers() throws Exception {
    ArgumentMap.Builder b = base();
    for (int i = 0; i < 2_000; i++) {
      b.statement("q" + i, "Premise " + i + ".");
      b.argument("a" + i, i % 2 == 0 ? Polarity.SUPPORTS : Polarity.ATTACKS, "t1", "q" + i);
    }
    ArgumentMap map = b.build();
    ImmutableList<Argument> expected = map.toBuilder().build().argumentsOn(StatementId.of("t1"));
    assertThat(expected).hasSize(2_000);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<ImmutableList<Argument>>> tasks = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        tasks.add(() -> map.argumentsOn(StatementId.of("t1")));
      }
      for (Future<ImmutableList<Argument>> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
