package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.GraphFormatException;
import dev.argmap.semantics.Strengths;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import dev.argmap.io.ImportWarning;
import org.junit.jupiter.api.Test;

/** ICCMA 2023 .af and uncertainpy .bag readers, including their error positions. */
class GraphFormatsTest {

  static AttackGraph af(String text) throws IOException {
    return AttackGraph.parseIccma(new StringReader(text));
  }

  static BipolarGraph bag(String text) throws IOException {
    return BipolarGraph.parseBag(new StringReader(text));
  }

  @Test
  void readsIccmaWithCommentsAndBlankLines() throws IOException {
    AttackGraph g = af("# a comment\np af 4\n1 2\n\n  3 4  \r\n# another\n4 3\n2 2");
    assertThat(g.size()).isEqualTo(4);
    assertThat(g.attackCount()).isEqualTo(4);
    assertThat(g.attackers(1)).containsExactlyInAnyOrder(0, 1);
    assertThat(g.label(0).orElseThrow()).isEqualTo("1");
    assertThat(g.indexOf("4")).isEqualTo(3);
    assertThat(g.indexOf("04")).isEqualTo(-1);
    assertThat(g.indexOf("5")).isEqualTo(-1);
    assertThat(g.isWeighted()).isFalse();
    assertThat(af("p af 0\n").size()).isZero();
  }

  @Test
  void iccmaErrorsNameLineAndColumn() throws IOException {
    assertThatThrownBy(() -> af("1 2\n"))
        .isInstanceOfSatisfying(GraphFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(1);
        })
        .hasMessage("line 1, column 1: expected the header 'p af N' before any attack, found '1'");
    assertThatThrownBy(() -> af("p af 3\n1 2\n2 9\n"))
        .hasMessage("line 3, column 3: argument 9 is out of range; the header declares 3 arguments, numbered 1 to 3");
    assertThatThrownBy(() -> af("p af 3\n1 2\n2 x\n"))
        .hasMessage("line 3, column 3: expected an argument number, found 'x'");
    assertThatThrownBy(() -> af("p af 3\n1 2 3\n"))
        .hasMessage("line 2, column 5: unexpected '3' after the attack '1 2'");
    // the messages of an attack line are built only when it is wrong: each of its errors, and good lines around
    assertThatThrownBy(() -> af("p af 3\n1 2\n3\n"))
        .hasMessage("line 3, column 2: expected a space after the attacker 3, found end of line");
    assertThatThrownBy(() -> af("p af 3\n1 2\n3,1\n"))
        .hasMessage("line 3, column 2: expected a space after the attacker 3, found ','");
    assertThatThrownBy(() -> af("p af 3\n1 \t 2 \t\r\n2 3 #\n"))
        .hasMessage("line 3, column 5: unexpected '#' after the attack '2 3'");
    assertThat(af("p af 3\n1 \t 2 \t\r\n2 3").attackCount()).isEqualTo(2);
    assertThatThrownBy(() -> af("p af 3 x\n")).hasMessage("line 1, column 8: unexpected 'x' after the header 'p af 3'");
    assertThatThrownBy(() -> af("p bf 3\n")).hasMessageContaining("line 1, column 3: expected 'af'");
    assertThatThrownBy(() -> af("p af 2\np af 2\n"))
        .hasMessage("line 2, column 1: a second header line; the header 'p af N' must appear once (first on line 1)");
    assertThatThrownBy(() -> af("p af 50000001\n"))
        .hasMessage("line 1, column 6: the header declares 50000001 arguments, more than the limit of 50000000");
    assertThatThrownBy(() -> af("p af 1\n1 2\n"))
        .hasMessage("line 2, column 3: argument 2 is out of range; the header declares 1 argument, numbered 1");
    assertThatThrownBy(() -> af("# nothing\n")).hasMessageContaining("no header");
    assertThatThrownBy(() -> af("p af 2\n0 1\n")).hasMessageContaining("argument 0 is out of range");
  }

  @Test
  void aRepeatedAttackIsDroppedWithAWarningInFileOrder() throws IOException {
    List<ImportWarning> warnings = new ArrayList<>();
    AttackGraph g = AttackGraph.parseIccma(new StringReader("p af 3\n1 2\n3 1\n1 2\n3 1\n2 2\n"), warnings::add);
    assertThat(g.attackCount()).isEqualTo(3);
    assertThat(g.attackers(0)).containsExactly(2);
    assertThat(g.attackers(1)).containsExactlyInAnyOrder(0, 1);
    assertThat(warnings).extracting(ImportWarning::toString).containsExactly(
        "line 4: attack 1 -> 2 is repeated; the repetition is dropped",
        "line 5: attack 3 -> 1 is repeated; the repetition is dropped");
    // the one-argument overload drops them too, silently
    assertThat(af("p af 3\n1 2\n1 2\n").attackCount()).isEqualTo(1);
    List<ImportWarning> none = new ArrayList<>();
    AttackGraph.parseIccma(new StringReader("p af 2\n1 2\n2 1\n"), none::add);
    assertThat(none).isEmpty();
  }

  @Test
  void iccmaAcceptsCrLineEndsAByteOrderMarkAndFormFeeds() throws IOException {
    AttackGraph cr = af("\uFEFFp af 3\r1 2\r\r2\f3\r");
    assertThat(cr.attackCount()).isEqualTo(2);
    assertThat(cr.attackers(2)).containsExactly(1);
    // a CR counts one line and a CRLF one too, so positions stay right with either
    assertThatThrownBy(() -> af("p af 2\r1 2\r\n\r2 x\r"))
        .hasMessage("line 4, column 3: expected an argument number, found 'x'");
  }

  /** Rago et al.'s e-democracy example as shipped with uncertainpy; DF-QuAD values from semantics.md §2.1. */
  @Test
  void readsTheEDemocracyBagAndScoresIt() throws IOException {
    String text = "arg(A1, 0.5).\narg(A2, 0.5).\narg(P1, 0.7).\narg(P2, 0.5).\narg(P3, 0.9).\n"
        + "arg(C1, 0.2).\narg(C2, 0.2).\narg(C3, 0.6).\narg(C4, 0.5).\n\n\natt(C1, A2).\n\natt(C2, P2).\n\n"
        + "att(C3, P2).\n\natt(C4, P2).\n\nsup(P1, A1).\n\nsup(P2, A1).\n\nsup(P3, A2).";
    BipolarGraph g = bag(text);
    assertThat(g.size()).isEqualTo(9);
    assertThat(g.attackCount()).isEqualTo(4);
    assertThat(g.supportCount()).isEqualTo(3);
    Strengths s = GradualSemantics.DF_QUAD.evaluate(g);
    assertThat(s.get("A1")).isCloseTo(0.862, within(1e-9));
    assertThat(s.get("A2")).isCloseTo(0.85, within(1e-9));
    assertThat(s.get("P2")).isCloseTo(0.08, within(1e-9));
  }

  @Test
  void bagExtensionsCommentsWeightsAndLateDeclarations() throws IOException {
    BipolarGraph g = bag("% comment\n# another\natt(b, a, 0.5).\nsup( c , a )\narg(a, 1).\narg(b,0.25). arg(c, 0)\n");
    assertThat(g.size()).isEqualTo(3);
    assertThat(g.label(0).orElseThrow()).isEqualTo("a");
    assertThat(g.attackWeights(0)).containsExactly(0.5);
    assertThat(g.supporters(0)).containsExactly(2);
    assertThat(g.baseScore(2)).isEqualTo(0.0);
  }

  @Test
  void bagErrorsNameLineAndColumn() {
    assertThatThrownBy(() -> bag("arg(a, 0.5).\narg(b, 1.5).\n"))
        .isInstanceOf(GraphFormatException.class)
        .hasMessage("line 2, column 8: base score must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> bag("arg(a, 0.5).\natt(a, zz).\n"))
        .hasMessage("line 2, column 8: attack target 'zz' is not declared; add arg(zz, base)");
    assertThatThrownBy(() -> bag("arg(a, 0.5).\narg(a, 0.1).\n"))
        .hasMessage("line 2, column 5: argument 'a' is declared twice (first on line 1)");
    assertThatThrownBy(() -> bag("arg(a, 0.5).\nfoo(a, a).\n"))
        .hasMessageStartingWith("line 2, column 1: unknown statement 'foo'");
    assertThatThrownBy(() -> bag("arg(a, 0.5).\narg(b, 0.5).\natt(a, b).\nsup(a, b).\n"))
        .hasMessage("line 4, column 1: a -> b is both an attack and a support (the other on line 3)");
    assertThatThrownBy(() -> bag("arg(a, 0.5).\natt(a, a).\natt(a, a).\n"))
        .hasMessage("line 3, column 1: attack a -> a is listed twice (first on line 2)");
    assertThatThrownBy(() -> bag("arg(a 0.5).\n"))
        .hasMessage("line 1, column 7: expected ',' after 'a', found '0'");
    assertThatThrownBy(() -> bag("arg(a, x).\n")).hasMessageContaining("expected a number for the base score");
    assertThatThrownBy(() -> bag("arg(a, 0.5\n")).hasMessageContaining("expected ')'");
  }
}
