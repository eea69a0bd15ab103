package dev.argmap.scoring;

import dev.argmap.semantics.AttackGraph;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every task and semantics against exhaustive search on graphs built from strongly connected clusters with attacks
 * only from earlier clusters to later ones, so that most arguments have fewer ancestors than the framework has
 * arguments: the case where credulous complete and preferred and skeptical preferred questions are answered on the
 * ancestors alone and the certificate is extended to the whole framework. Certificates go through the independent
 * checker, as in {@link DungTasksTest}; each case names its seed.
 */
class DungDirectionalTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void clusteredGraphsMatchBruteForceWithCheckedCertificates(long seed) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed * 104_729);
    int clusters = 2 + r.nextInt(3);
    AttackGraph.Builder b = AttackGraph.builder();
    int[] clusterOf = new int[12];
    int n = 0;
    for (int c = 0; c < clusters && n < 12; c++) {
      int size = Math.min(12 - n, 1 + r.nextInt(4));
      for (int i = 0; i < size; i++) {
        clusterOf[n] = c;
        b.addArgument("a" + n);
        n++;
      }
    }
    Set<Integer> seen = new HashSet<>();
    int attacks = n + r.nextInt(2 * n + 1);
    for (int e = 0; e < attacks; e++) {
      int x = r.nextInt(n);
      int y = r.nextInt(n);
      boolean forward = clusterOf[x] < clusterOf[y];
      boolean inside = clusterOf[x] == clusterOf[y];
      // inside a cluster anything goes (self-attacks and odd cycles included); across clusters, few and forward
      if ((inside || (forward && r.nextInt(3) == 0)) && seen.add(x * 64 + y)) {
        b.addAttack(x, y);
      }
    }
    AttackGraph g = b.build();
    DungTasksTest.check(g, "clustered seed " + seed + " " + g);
  }
}
