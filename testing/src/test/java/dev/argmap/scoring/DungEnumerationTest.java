package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.semantics.dung.Extension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Enumeration of complete, stable and preferred extensions along each of its paths: the labelling search in
 * strongly-connected-component order (the default), the SAT solver alone ({@code argmap.dung.labellingSearch=false})
 * and the labelling search giving up at its first dead end and handing over to the SAT solver ({@code
 * argmap.dung.labellingWork=0}). Preferred enumeration no longer uses the labelling search (one continued SAT
 * search), so for it the three paths are the same search, still checked on every case. Small frameworks built
 * from chains of strongly connected components are checked against exhaustive search, larger ones path against
 * path. Each case names its seed.
 */
class DungEnumerationTest {
  private static final List<DungSemantics> ENUMERATED =
      List.of(DungSemantics.COMPLETE, DungSemantics.STABLE, DungSemantics.PREFERRED);

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  static LongStream largerSeeds() {
    return LongStream.rangeClosed(1, 12);
  }

  /**
   * Up to five components of one to four arguments each (a cycle through them, some more attacks inside, now
   * and then a self-attack), attacks between components only from earlier to later ones, argument numbers
   * shuffled so that the components are not contiguous.
   */
  static AttackGraph sccChain(long seed, int maxComponents, int maxSize) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed * 104729 + 17);
    int comps = 1 + r.nextInt(maxComponents);
    List<int[]> members = new ArrayList<>();
    int n = 0;
    for (int c = 0; c < comps; c++) {
      int size = 1 + r.nextInt(maxSize);
      int[] m = new int[size];
      for (int i = 0; i < size; i++) {
        m[i] = n++;
      }
      members.add(m);
    }
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    Set<Long> attacks = new HashSet<>();
    for (int c = 0; c < comps; c++) {
      int[] m = members.get(c);
      if (m.length > 1) {
        for (int i = 0; i < m.length; i++) {
          attacks.add(edge(perm[m[i]], perm[m[(i + 1) % m.length]]));
        }
      }
      for (int extra = r.nextInt(m.length + 1); extra > 0; extra--) {
        attacks.add(edge(perm[m[r.nextInt(m.length)]], perm[m[r.nextInt(m.length)]]));
      }
      if (r.chance(0.1)) {
        int x = perm[m[r.nextInt(m.length)]];
        attacks.add(edge(x, x));
      }
      for (int d = c + 1; d < comps; d++) {
        int[] to = members.get(d);
        for (int t = r.nextInt(3); t > 0; t--) {
          attacks.add(edge(perm[m[r.nextInt(m.length)]], perm[to[r.nextInt(to.length)]]));
        }
      }
    }
    AttackGraph.Builder b = AttackGraph.builder();
    for (int i = 0; i < n; i++) {
      b.addArgument("a" + i);
    }
    for (long e : attacks) {
      b.addAttack((int) (e >>> 32), (int) e);
    }
    return b.build();
  }

  private static long edge(int from, int to) {
    return ((long) from << 32) | to;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyPathMatchesBruteForceOnChainsOfComponents(long seed) {
    AttackGraph g = sccChain(seed, 5, 4);
    CertificateChecker checker = new CertificateChecker(g);
    everyPathMatchesBruteForce(g, seed, (sem, e, at) ->
        assertThat(checker.isExtension(sem, e)).as("checker accepts %s, %s", e, at).isTrue());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyPathMatchesBruteForceOnRandomGraphs(long seed) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed * 31 + 5);
    AttackGraph g = RandomGraphs.attacks(seed + 1_000_000, 1 + r.nextInt(14), 0.8 + 2.2 * r.nextDouble(), false,
        false);
    everyPathMatchesBruteForce(g, seed, (sem, e, at) -> { });
  }

  /** What else to check of each extension found; {@code at} names the case. */
  private interface EachExtension {
    void check(DungSemantics sem, Extension e, String at);
  }

  /** Every enumerated semantics, by every path, gives brute force's extensions, each once. */
  private static void everyPathMatchesBruteForce(AttackGraph g, long seed, EachExtension each) {
    BruteForceDung bf = new BruteForceDung(g);
    for (DungSemantics sem : ENUMERATED) {
      Set<Integer> want = bf.extensions(sem);
      for (Path path : Path.values()) {
        String at = sem.id() + " by " + path + ", seed " + seed + " " + g;
        List<Extension> all = path.run(() -> DungSolver.create().extensions(g, sem));
        assertThat(BruteForceDung.masks(all)).as("EE %s", at).isEqualTo(want);
        assertThat(all).as("no duplicates, %s", at).hasSize(want.size());
        for (Extension e : all) {
          each.check(sem, e, at);
        }
      }
    }
  }

  /**
   * Frameworks with many preferred extensions that are not stable, where each one found is blocked by the clause
   * "one of its attackers is IN": one to three pairs of mutual attackers, one or two three-cycles each attacked
   * by some pair members, now and then an attack back from a cycle into a pair (which merges the components) or
   * a pair member attacking the other pair. Every path must match exhaustive search.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void preferredMatchesBruteForceWhenManyAreNotStable(long seed) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed * 7919 + 3);
    int pairs = 1 + r.nextInt(3);
    int cycles = 1 + r.nextInt(2);
    int n = 2 * pairs + 3 * cycles;
    Set<Long> attacks = new HashSet<>();
    for (int p = 0; p < pairs; p++) {
      attacks.add(edge(2 * p, 2 * p + 1));
      attacks.add(edge(2 * p + 1, 2 * p));
    }
    for (int c = 0; c < cycles; c++) {
      int base = 2 * pairs + 3 * c;
      for (int i = 0; i < 3; i++) {
        attacks.add(edge(base + i, base + (i + 1) % 3));
        if (r.chance(0.5)) {
          attacks.add(edge(r.nextInt(2 * pairs), base + i));
        }
        if (r.chance(0.1)) {
          attacks.add(edge(base + i, r.nextInt(2 * pairs)));
        }
      }
    }
    if (pairs > 1 && r.chance(0.3)) {
      attacks.add(edge(0, 2 + r.nextInt(2 * pairs - 2)));
    }
    AttackGraph.Builder b = AttackGraph.builder();
    for (int i = 0; i < n; i++) {
      b.addArgument("a" + i);
    }
    for (long e : attacks) {
      b.addAttack((int) (e >>> 32), (int) e);
    }
    AttackGraph g = b.build();
    Set<Integer> want = new BruteForceDung(g).extensions(DungSemantics.PREFERRED);
    CertificateChecker checker = new CertificateChecker(g);
    for (Path path : Path.values()) {
      String at = "preferred by " + path + ", seed " + seed + " " + g;
      List<Extension> all = path.run(() -> DungSolver.create().extensions(g, DungSemantics.PREFERRED));
      assertThat(BruteForceDung.masks(all)).as("EE %s", at).isEqualTo(want);
      assertThat(all).as("no duplicates, %s", at).hasSize(want.size());
      for (Extension e : all) {
        assertThat(checker.isExtension(DungSemantics.PREFERRED, e)).as("checker accepts %s, %s", e, at).isTrue();
      }
    }
  }

  /**
   * Beyond exhaustive search: 30 to 60 arguments, the three paths must agree extension for extension (and the
   * checker accept every complete and stable one).
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("largerSeeds")
  void pathsAgreeOnLargerFrameworks(long seed) {
    AttackGraph g = seed % 2 == 0 ? sccChain(seed, 12, 6)
        : RandomGraphs.attacks(seed + 2_000_000, 30 + (int) (seed % 5) * 6, 2.5, false, false);
    CertificateChecker checker = new CertificateChecker(g);
    for (DungSemantics sem : ENUMERATED) {
      Set<List<Integer>> reference = null;
      for (Path path : Path.values()) {
        String at = sem.id() + " by " + path + ", seed " + seed + " (" + g.size() + " arguments)";
        List<Extension> all = path.run(() -> DungSolver.create().extensions(g, sem));
        Set<List<Integer>> got = new HashSet<>();
        for (Extension e : all) {
          got.add(Arrays.stream(e.toArray()).boxed().toList());
          if (sem != DungSemantics.PREFERRED) { // the checker decides maximality exhaustively, up to 20 arguments
            assertThat(checker.isExtension(sem, e)).as("checker accepts %s, %s", e, at).isTrue();
          }
        }
        assertThat(got).as("no duplicates, %s", at).hasSize(all.size());
        if (reference == null) {
          reference = got;
        } else {
          assertThat(got).as("same extensions as %s, %s", Path.values()[0], at).isEqualTo(reference);
        }
      }
    }
  }

  /** The enumeration paths, chosen by the system properties the Dung core reads on every call. */
  enum Path {
    LABELLING_SEARCH(null, null),
    SAT_ONLY("argmap.dung.labellingSearch", "false"),
    GIVE_UP_AT_FIRST_DEAD_END("argmap.dung.labellingWork", "0");

    private final String property;
    private final String value;

    Path(String property, String value) {
      this.property = property;
      this.value = value;
    }

    <T> T run(Supplier<T> body) {
      if (property == null) {
        return body.get();
      }
      System.setProperty(property, value);
      try {
        return body.get();
      } finally {
        System.clearProperty(property);
      }
    }
  }
}
