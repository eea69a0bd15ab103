package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.model.ArgumentMap;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import dev.argmap.testing.FixtureMaps;
import dev.argmap.testing.RandomMaps;
import org.junit.jupiter.api.Test;

/**
 * Pins the engine's two paths to each other. A built-in runs the fused sweep (its attackers and supporters folded
 * straight from the graph's rows, then its influence function); a semantics known only by its local function runs
 * the gathering sweep, which calls {@link GradualSemantics#strength}. Wrapping a built-in in a plain delegating
 * {@link GradualSemantics} sends the same formula down the second path, so on every seeded graph and map, acyclic
 * and cyclic, with and without edge weights, under every scheme, both must give the same scheme, status, iteration
 * count and values (within 1e-12; the folds are meant to be bit-for-bit the same). Every failure names the seed.
 */
class FusedSweepAgreementTest {
  private static final int SEEDS = 20;
  private static final double TOLERANCE = 1e-12;
  private static final EvaluationScheme[] SCHEMES = {
    EvaluationScheme.AUTO, EvaluationScheme.JACOBI, EvaluationScheme.RK4
  };

  /** The built-in's formula behind the interface alone: the engine cannot see its aggregations. */
  private static GradualSemantics generic(GradualSemantics builtIn) {
    return new GradualSemantics() {
      @Override
      public String id() {
        return builtIn.id();
      }

      @Override
      public boolean isBipolar() {
        return builtIn.isBipolar();
      }

      @Override
      public double strength(double base, double[] att, int na, double[] sup, int ns) {
        return builtIn.strength(base, att, na, sup, ns);
      }

      @Override
      public boolean isAcyclicOnly() {
        return builtIn.isAcyclicOnly();
      }

      @Override
      public double initialStrength(double base) {
        return builtIn.initialStrength(base);
      }
    };
  }

  private static EvaluationOptions options(EvaluationScheme scheme) {
    // a cap well below the default keeps the non-converging cyclic cases quick: they must agree on the iterate
    return EvaluationOptions.builder().scheme(scheme).tolerance(1e-10).maxIterations(300).build();
  }

  /** QuAD is refused on a cycle under AUTO; that refusal is tested elsewhere, here a scheme is forced. */
  private static boolean refused(GradualSemantics sem, boolean acyclic, EvaluationScheme scheme) {
    return sem.isAcyclicOnly() && !acyclic && scheme == EvaluationScheme.AUTO;
  }

  private static void assertSame(Strengths fused, Strengths gathered, String what) {
    assertThat(fused.scheme()).as(what).isEqualTo(gathered.scheme());
    assertThat(fused.status()).as(what).isEqualTo(gathered.status());
    assertThat(fused.iterations()).as(what).isEqualTo(gathered.iterations());
    double[] f = fused.lastIterate();
    double[] g = gathered.lastIterate();
    assertThat(f).as(what).hasSameSizeAs(g);
    for (int i = 0; i < f.length; i++) {
      assertThat(f[i]).as("%s, argument %d", what, i).isCloseTo(g[i], within(TOLERANCE));
    }
  }

  @Test
  void bipolarGraphsAgree() {
    int checked = 0;
    for (GradualSemantics sem : GradualSemantics.builtIns()) {
      if (!sem.isBipolar()) {
        continue;
      }
      GradualSemantics plain = generic(sem);
      for (long seed = 1; seed <= SEEDS; seed++) {
        for (boolean acyclic : new boolean[] {true, false}) {
          boolean weighted = seed % 2 == 0;
          BipolarGraph g = RandomGraphs.bipolar(seed, 60, 2.5, 0.4, acyclic, weighted);
          for (EvaluationScheme scheme : SCHEMES) {
            if (refused(sem, acyclic, scheme)) {
              continue;
            }
            String what = String.format("%s, seed %d, %s, weighted %b, %s", sem.id(), seed,
                acyclic ? "acyclic" : "cyclic", weighted, scheme);
            assertSame(sem.evaluate(g, options(scheme)), plain.evaluate(g, options(scheme)), what);
            checked++;
          }
        }
      }
    }
    assertThat(checked).isEqualTo(4 * SEEDS * 2 * SCHEMES.length - SEEDS); // QuAD: no cyclic AUTO
  }

  @Test
  void attackOnlyGraphsAgree() {
    int checked = 0;
    for (GradualSemantics sem : GradualSemantics.builtIns()) {
      GradualSemantics plain = generic(sem);
      for (long seed = 1; seed <= SEEDS; seed++) {
        for (boolean acyclic : new boolean[] {true, false}) {
          // edge weights (some 0 on the bipolar builder's side) matter to weighted card-based's count
          BipolarGraph weightedAttacks = RandomGraphs.bipolar(seed, 60, 2.5, 0.0, acyclic, true);
          AttackGraph attacks = RandomGraphs.attacks(seed, 60, 2.5, seed % 2 == 0, acyclic);
          for (EvaluationScheme scheme : SCHEMES) {
            if (refused(sem, acyclic, scheme)) {
              continue;
            }
            String what = String.format("%s, seed %d, %s, %s", sem.id(), seed, acyclic ? "acyclic" : "cyclic",
                scheme);
            assertSame(sem.evaluate(weightedAttacks, options(scheme)),
                plain.evaluate(weightedAttacks, options(scheme)), what + ", weighted edges");
            assertSame(sem.evaluate(attacks, options(scheme)), plain.evaluate(attacks, options(scheme)),
                what + ", attack graph");
            checked++;
          }
        }
      }
    }
    assertThat(checked).isEqualTo(8 * SEEDS * 2 * SCHEMES.length - SEEDS);
  }

  @Test
  void mapsAgree() {
    int checked = 0;
    for (GradualSemantics sem : GradualSemantics.builtIns()) {
      GradualSemantics plain = generic(sem);
      for (long seed = 1; seed <= SEEDS; seed++) {
        ArgumentMap acyclic = RandomMaps.withStatements(40).seed(seed).generate();
        ArgumentMap cyclic = FixtureMaps.cyclic(seed, 40, 6);
        for (EvaluationScheme scheme : SCHEMES) {
          String what = String.format("%s, seed %d, %s", sem.id(), seed, scheme);
          MapScorer fused = MapScorer.of(sem).withOptions(options(scheme));
          MapScorer gathered = MapScorer.of(plain).withOptions(options(scheme));
          assertSame(fused.score(acyclic).strengths(), gathered.score(acyclic).strengths(), what + ", acyclic map");
          checked++;
          if (!refused(sem, false, scheme)) {
            assertSame(fused.score(cyclic).strengths(), gathered.score(cyclic).strengths(), what + ", cyclic map");
            checked++;
          }
        }
      }
    }
    assertThat(checked).isEqualTo(8 * SEEDS * SCHEMES.length * 2 - SEEDS);
  }
}
