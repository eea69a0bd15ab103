package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;
import org.junit.jupiter.api.Test;

/** Validation on build() names the argument or edge and the rule; accessors and conversions. */
class GraphBuilderTest {

  private static BipolarGraph.Builder fourArguments() {
    BipolarGraph.Builder b = BipolarGraph.builder();
    b.addArgument("a", 0.5);
    b.addArgument("x", 0.5);
    b.addArgument("y", 0.5);
    return b;
  }

  @Test
  void baseScoreOutOfRangeNamesTheArgument() {
    BipolarGraph.Builder b = fourArguments();
    b.addArgument("b", 1.5);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("argument 'b' (index 3): base score must be in [0, 1] but was 1.5");
  }

  @Test
  void nanAndNegativeScoresAreRejected() {
    BipolarGraph.Builder b = BipolarGraph.builder();
    b.addArgument(Double.NaN);
    assertThatThrownBy(b::build).hasMessage("argument #0: base score must be in [0, 1] but was NaN");
    AttackGraph.Builder a = AttackGraph.builder();
    a.addArgument("w", -0.1);
    assertThatThrownBy(a::build).hasMessage("argument 'w' (index 0): initial weight must be in [0, 1] but was -0.1");
  }

  @Test
  void duplicateEdgesAreRejected() {
    BipolarGraph.Builder b = fourArguments();
    b.addAttack(0, 1).addAttack(2, 1).addAttack(0, 1);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attack 'a' -> 'x' (indices 0 -> 1) is added twice (attack #0 and #2)");
    BipolarGraph.Builder s = fourArguments();
    s.addSupport(2, 0).addSupport(2, 0);
    assertThatThrownBy(s::build).hasMessageContaining("support 'y' -> 'a' (indices 2 -> 0) is added twice");
    AttackGraph.Builder af = AttackGraph.builder();
    af.addArgument("p");
    af.addAttack(0, 0).addAttack(0, 0);
    assertThatThrownBy(af::build).hasMessageContaining("attack 'p' -> 'p' (indices 0 -> 0) is added twice");
  }

  @Test
  void anEdgeCannotBeBothAttackAndSupport() {
    BipolarGraph.Builder b = fourArguments();
    b.addAttack(1, 2).addSupport(0, 2).addSupport(1, 2);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'x' -> 'y' (indices 1 -> 2) is both an attack and a support; an edge must be one or the other");
  }

  @Test
  void indicesAndWeightsAreChecked() {
    BipolarGraph.Builder b = fourArguments();
    b.addAttack(0, 7);
    assertThatThrownBy(b::build)
        .hasMessage("attack #0 (0 -> 7): target index 7 is out of range; the graph has 3 arguments (indices 0 to 2)");
    BipolarGraph.Builder w = fourArguments();
    w.addSupport(0, 1, 1.25);
    assertThatThrownBy(w::build)
        .hasMessage("support 'a' -> 'x' (indices 0 -> 1): weight must be in [0, 1] but was 1.25");
    BipolarGraph.Builder neg = fourArguments();
    neg.addAttack(-1, 1);
    assertThatThrownBy(neg::build).hasMessageContaining("source index -1 is out of range");
  }

  @Test
  void labelsMustBeUniqueButMayBeAbsent() {
    BipolarGraph.Builder b = fourArguments();
    b.addArgument("x", 0.1);
    assertThatThrownBy(b::build)
        .hasMessage("argument 'x' (index 3): label 'x' is already used by the argument with index 1; labels must be unique");
    BipolarGraph.Builder n = BipolarGraph.builder();
    n.addArgument(0.2);
    n.addArgument(0.3);
    BipolarGraph g = n.build();
    assertThat(g.label(0)).isEmpty();
    assertThat(g.indexOf("0")).isEqualTo(-1);
  }

  @Test
  void accessorsReportTheGraph() {
    BipolarGraph.Builder b = fourArguments();
    b.addAttack(1, 0).addAttack(2, 0, 0.5).addSupport(2, 1);
    BipolarGraph g = b.build();
    assertThat(g.size()).isEqualTo(3);
    assertThat(g.attackCount()).isEqualTo(2);
    assertThat(g.supportCount()).isEqualTo(1);
    assertThat(g.attackers(0)).containsExactly(1, 2);
    assertThat(g.attackWeights(0)).containsExactly(1.0, 0.5);
    assertThat(g.supporters(1)).containsExactly(2);
    assertThat(g.supportWeights(1)).containsExactly(1.0);
    assertThat(g.hasEdgeWeights()).isTrue();
    assertThat(g.indexOf("y")).isEqualTo(2);
    assertThat(g.indexOf("nope")).isEqualTo(-1);
    assertThat(g.baseScore(2)).isEqualTo(0.5);
    assertThat(g.isAcyclic()).isTrue();
    assertThat(g.toString()).isEqualTo("BipolarGraph[3 arguments, 2 attacks, 1 supports, weighted edges]");
    assertThatThrownBy(() -> g.baseScore(3)).isInstanceOf(IndexOutOfBoundsException.class);
    // Returned arrays are copies.
    g.attackers(0)[0] = 99;
    assertThat(g.attackers(0)).containsExactly(1, 2);
  }

  @Test
  void buildersCanBeReusedWithoutAffectingBuiltGraphs() {
    BipolarGraph.Builder b = fourArguments();
    b.addAttack(0, 1);
    BipolarGraph first = b.build();
    b.addAttack(1, 2);
    b.addArgument("late", 1.0);
    assertThat(first.attackCount()).isEqualTo(1);
    assertThat(first.size()).isEqualTo(3);
    assertThat(b.build().size()).isEqualTo(4);
  }

  @Test
  void toAttackGraphDropsSupportsAndEdgeWeights() {
    BipolarGraph.Builder b = fourArguments();
    b.addArgument("w", 0.25);
    b.addAttack(0, 1, 0.5).addSupport(1, 2).addAttack(2, 2);
    AttackGraph af = b.build().toAttackGraph();
    assertThat(af.size()).isEqualTo(4);
    assertThat(af.attackCount()).isEqualTo(2);
    assertThat(af.attackers(1)).containsExactly(0);
    assertThat(af.attacked(2)).containsExactly(2);
    assertThat(af.weight(3)).isEqualTo(0.25);
    assertThat(af.isWeighted()).isTrue();
    assertThat(af.label(3)).contains("w");
    assertThat(af.isAcyclic()).isFalse();
    assertThat(af.toString()).isEqualTo("AttackGraph[4 arguments, 2 attacks, weighted]");
  }

  @Test
  void aNullLabelIsRefusedAndAnUnlabeledArgumentHasAnEmptyLabel() {
    AttackGraph.Builder af = AttackGraph.builder();
    assertThatThrownBy(() -> af.addArgument((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("label");
    int unlabeled = af.addArgument(0.5);
    int named = af.addArgument("x");
    AttackGraph built = af.build();
    assertThat(built.label(unlabeled)).isEmpty();
    assertThat(built.label(named)).contains("x");
    BipolarGraph.Builder bg = BipolarGraph.builder();
    assertThatThrownBy(() -> bg.addArgument(null, 0.5)).isInstanceOf(NullPointerException.class)
        .hasMessage("label");
    assertThat(bg.build().size()).isZero();
  }
}
