package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.dung.DungLimitExceededException;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.semantics.dung.Extension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming enumeration ({@link DungSolver#forEachExtension}, {@link DungSolver#visitExtensions}, {@link
 * DungSolver#countExtensions}): on the seeded frameworks of the brute-force tests, for every semantics and along
 * every enumeration path (labelling search, SAT only, labelling search giving up at its first dead end), the
 * stream hands over exactly the extensions of exhaustive search, each once, and the count is their number; a
 * visitor stops it; the cap and the time budget end it after what was handed over.
 */
class DungStreamTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theStreamIsTheSetOfExtensionsOnEveryPath(long seed) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed * 31 + 5);
    AttackGraph random = RandomGraphs.attacks(seed + 3_000_000, 1 + r.nextInt(13), 0.5 + 2.5 * r.nextDouble(),
        false, false);
    check(random, "random seed " + seed + " " + random);
    AttackGraph chain = DungEnumerationTest.sccChain(seed, 5, 4);
    check(chain, "chain seed " + seed + " " + chain);
  }

  private static void check(AttackGraph g, String ctx) {
    BruteForceDung bf = new BruteForceDung(g);
    DungSolver solver = DungSolver.create();
    for (DungSemantics sem : DungSemantics.values()) {
      Set<Integer> want = bf.extensions(sem);
      for (DungEnumerationTest.Path path : DungEnumerationTest.Path.values()) {
        String at = sem.id() + " by " + path + ", " + ctx;
        List<Extension> streamed = new ArrayList<>();
        path.run(() -> {
          solver.forEachExtension(g, sem, streamed::add);
          return null;
        });
        assertThat(BruteForceDung.masks(streamed)).as("stream %s", at).isEqualTo(want);
        assertThat(streamed).as("stream without duplicates, %s", at).hasSize(want.size());
        List<Extension> listed = path.run(() -> solver.extensions(g, sem));
        assertThat(BruteForceDung.masks(listed)).as("extensions() %s", at).isEqualTo(want);
        assertThat(listed).as("extensions() is the stream collected, %s", at).containsExactlyElementsOf(streamed);
        long count = path.run(() -> solver.countExtensions(g, sem));
        assertThat(count).as("count %s", at).isEqualTo(want.size());
      }
    }
  }

  @Test
  void aVisitorStopsTheEnumeration() {
    AttackGraph g = DungSolverTest.evenCycles(4); // 81 complete, 16 preferred and stable extensions
    DungSolver solver = DungSolver.create();
    for (DungSemantics sem : List.of(DungSemantics.COMPLETE, DungSemantics.PREFERRED, DungSemantics.STABLE,
        DungSemantics.SEMI_STABLE, DungSemantics.STAGE)) {
      int all = (int) solver.countExtensions(g, sem);
      for (int stopAt = 1; stopAt < all; stopAt += 7) {
        int[] seen = new int[1];
        final int last = stopAt;
        boolean finished = solver.visitExtensions(g, sem, e -> ++seen[0] < last);
        assertThat(finished).as("%s stopped at %d", sem, stopAt).isFalse();
        assertThat(seen[0]).as("%s: nothing handed over after the stop", sem).isEqualTo(stopAt);
      }
      int[] seen = new int[1];
      assertThat(solver.visitExtensions(g, sem, e -> ++seen[0] > 0)).as("%s to the end", sem).isTrue();
      assertThat(seen[0]).isEqualTo(all);
    }
    assertThat(solver.visitExtensions(g, DungSemantics.GROUNDED, e -> false)).isFalse();
    assertThat(solver.visitExtensions(g, DungSemantics.IDEAL, e -> true)).isTrue();
  }

  @Test
  void theCapEndsTheStreamAfterHandingOverThatMany() {
    AttackGraph g = DungSolverTest.evenCycles(4);
    DungSolver capped = DungSolver.builder().maxExtensions(10).build();
    for (DungSemantics sem : List.of(DungSemantics.COMPLETE, DungSemantics.PREFERRED, DungSemantics.STABLE)) {
      List<Extension> got = new ArrayList<>();
      assertThatThrownBy(() -> capped.forEachExtension(g, sem, got::add))
          .isInstanceOfSatisfying(DungLimitExceededException.class, e -> {
            assertThat(e.limit()).isEqualTo(DungLimitExceededException.Limit.MAX_EXTENSIONS);
            assertThat(e.extensionsFound()).isEqualTo(10);
          });
      assertThat(got).as("%s: the first 10, each once", sem).hasSize(10).doesNotHaveDuplicates();
      assertThatThrownBy(() -> capped.countExtensions(g, sem)).isInstanceOf(DungLimitExceededException.class);
    }
    DungSolver exact = DungSolver.builder().maxExtensions(81).build();
    assertThat(exact.countExtensions(g, DungSemantics.COMPLETE)).isEqualTo(81);
  }

  @Test
  void theTimeBudgetEndsTheStreamAfterWhatWasHandedOver() {
    AttackGraph g = DungSolverTest.evenCycles(10); // 3^10 = 59,049 complete extensions
    DungSolver hurried = DungSolver.builder().timeBudget(Duration.ofMillis(100)).build();
    int[] got = new int[1];
    assertThatThrownBy(() -> hurried.forEachExtension(g, DungSemantics.COMPLETE, e -> {
      if (got[0]++ == 0) {
        try {
          Thread.sleep(300); // the action's time counts against the budget
        } catch (InterruptedException x) {
          Thread.currentThread().interrupt();
        }
      }
    })).isInstanceOfSatisfying(DungLimitExceededException.class, e -> {
      assertThat(e.limit()).isEqualTo(DungLimitExceededException.Limit.TIME_BUDGET);
      assertThat(e.extensionsFound()).isEqualTo(got[0]);
    });
    assertThat(got[0]).isBetween(1, 59_048);
    assertThat(DungSolver.builder().maxExtensions(59_049).build().countExtensions(g, DungSemantics.COMPLETE))
        .isEqualTo(59_049);
  }
}
