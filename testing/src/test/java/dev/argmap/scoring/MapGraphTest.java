package dev.argmap.scoring;

import static dev.argmap.model.Polarity.ATTACKS;
import static dev.argmap.model.Polarity.SUPPORTS;
import static dev.argmap.scoring.TestMaps.ar;
import static dev.argmap.scoring.TestMaps.arg;
import static dev.argmap.scoring.TestMaps.bases;
import static dev.argmap.scoring.TestMaps.ids;
import static dev.argmap.scoring.TestMaps.map;
import static dev.argmap.scoring.TestMaps.st;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.semantics.dung.Extension;
import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.RandomMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.ParameterizedTest;

/** The map as a graph: numbering, and the bipolar and Dung exports. */
class MapGraphTest {
  /**
   * t <- a (premise p); c attacks t (premise p2); b attacks p (premise r); u undercuts a (premise q).
   */
  private static ArgumentMap sample() {
    return map(ids("t", "p", "p2", "r", "q"),
        arg("a", SUPPORTS, st("t"), 0.8, "p"),
        arg("c", ATTACKS, st("t"), 1.0, "p2"),
        arg("b", ATTACKS, st("p"), 1.0, "r"),
        arg("u", ATTACKS, ar("a"), 0.5, "q"),
        arg("d", ATTACKS, st("t"), 1.0, "p", "q"));
  }

  @Test
  void numbering() {
    MapGraph g = MapGraph.of(sample(), BaseScoreStrategy.constant(0.5));
    assertThat(g.size()).isEqualTo(10);
    assertThat(g.statementCount()).isEqualTo(5);
    assertThat(g.argumentCount()).isEqualTo(5);
    assertThat(g.indexOf(st("p"))).isEqualTo(1);
    assertThat(g.indexOf(ar("a"))).isEqualTo(5);
    assertThat(g.indexOf(st("nope"))).isEqualTo(-1);
    assertThat(g.element(6)).isEqualTo(ar("c"));
    assertThat(g.label(6)).isEqualTo("c");
    assertThat(g.isAcyclic()).isTrue();
    assertThat(g.map()).isEqualTo(sample());
    assertThat(g.toString()).contains("5 statements", "5 arguments");
    assertThatThrownBy(() -> g.element(10)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void bipolarExport() {
    MapGraph g = MapGraph.of(sample(), bases("p", 0.8, "q", 0.6));
    BipolarGraph b = g.toBipolarGraph();
    assertThat(b.size()).isEqualTo(10);
    assertThat(b.label(0).orElseThrow()).isEqualTo("t");
    assertThat(b.indexOf("u")).isEqualTo(8);
    assertThat(b.attackCount()).isEqualTo(4);
    assertThat(b.supportCount()).isEqualTo(1);
    assertThat(b.supporters(b.indexOf("t"))).containsExactly(b.indexOf("a"));
    assertThat(b.attackers(b.indexOf("t"))).containsExactlyInAnyOrder(b.indexOf("c"), b.indexOf("d"));
    assertThat(b.attackers(b.indexOf("a"))).containsExactly(b.indexOf("u"));
    assertThat(b.baseScore(b.indexOf("p"))).isEqualTo(0.8);
    // argument base: weight x product of the premises' base scores
    assertThat(b.baseScore(b.indexOf("a"))).isCloseTo(0.8 * 0.8, within(1e-15));
    assertThat(b.baseScore(b.indexOf("d"))).isCloseTo(0.8 * 0.6, within(1e-15));
    assertThat(b.baseScore(b.indexOf("u"))).isCloseTo(0.5 * 0.6, within(1e-15));
  }

  @Test
  void dungExportHasPremiseAttacks() {
    AttackGraph af = MapGraph.of(sample(), BaseScoreStrategy.constant(0.5)).toAttackGraph();
    assertThat(af.size()).isEqualTo(10);
    // direct attacks: c->t, d->t, b->p, u->a; premise attacks: b->a and b->d (both use p)
    assertThat(af.attackCount()).isEqualTo(6);
    assertThat(af.attackers(af.indexOf("a"))).containsExactlyInAnyOrder(af.indexOf("u"), af.indexOf("b"));
    assertThat(af.attackers(af.indexOf("d"))).containsExactly(af.indexOf("b"));
    assertThat(af.attackers(af.indexOf("t"))).containsExactlyInAnyOrder(af.indexOf("c"), af.indexOf("d"));
    Extension grounded = DungSolver.create().grounded(af);
    // b is unattacked, so p, a and d are out; c stands (p2 is unattacked), so t is out.
    assertThat(grounded.labels()).containsExactlyInAnyOrder("p2", "r", "q", "b", "u", "c");
  }

  @Test
  void premiseAttackDecidesTheGroundedExtension() {
    // t is attacked by c, whose premise p is attacked by b: with premise attack, c is out and t is in.
    ArgumentMap m = map(ids("t", "p", "r"), arg("c", ATTACKS, st("t"), 1.0, "p"),
        arg("b", ATTACKS, st("p"), 1.0, "r"));
    Extension grounded = DungSolver.create().grounded(MapGraph.of(m).toAttackGraph());
    assertThat(grounded.labels()).containsExactlyInAnyOrder("t", "r", "b");
  }

  @Test
  void labelsOfArgumentsThatShareAStatementsId() {
    ArgumentMap m = map(ids("t", "x"), arg("x", SUPPORTS, st("t"), 1.0, "x"));
    MapGraph g = MapGraph.of(m);
    assertThat(g.label(2)).isEqualTo("argument:x");
    assertThat(g.toBipolarGraph().indexOf("argument:x")).isEqualTo(2);
    assertThat(g.toAttackGraph().indexOf("x")).isEqualTo(1);
    assertThat(g.indexOf(ar("x"))).isEqualTo(2);
    assertThat(g.indexOf(st("x"))).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("dev.argmap.semantics.GradualSemantics#builtIns")
  void frozenExportReproducesTheScores(GradualSemantics sem) {
    for (long seed = 1; seed <= 15; seed++) {
      ArgumentMap m = RandomMaps.withStatements(40).seed(seed).generate();
      MapScorer scorer = MapScorer.of(sem);
      MapScores scores = scorer.score(m);
      BipolarGraph frozen = scores.graph().toBipolarGraph(scores);
      Strengths s = sem.isBipolar() ? sem.evaluate(frozen) : sem.evaluate(frozen.toAttackGraph());
      for (int v = 0; v < frozen.size(); v++) {
        assertThat(s.get(v)).as("seed %d, %s, node %s", seed, sem.id(), frozen.label(v).orElseThrow())
            .isCloseTo(scores.strengths().get(v), within(1e-12));
      }
    }
    ArgumentMap other = map(ids("t"));
    MapScores scores = MapScorer.of(sem).score(sample());
    assertThatThrownBy(() -> MapGraph.of(other).toBipolarGraph(scores))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
