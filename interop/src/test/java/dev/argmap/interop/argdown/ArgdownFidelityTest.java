package dev.argmap.interop.argdown;

import dev.argmap.io.MapFormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import org.junit.jupiter.api.Test;

/**
 * Argdown that argmap read otherwise than the reference parser, {@code @argdown/cli} 1.7.5 (issue 15). The
 * expected readings were taken from {@code argdown json} on the same text; {@link ArgdownSyntaxTest} runs
 * the reference parser on these texts too, where it is installed.
 */
class ArgdownFidelityTest {
  /** An undercut indented under a plain inference bar, followed by another argument. */
  static final String UNDERCUT_UNDER_BAR = "<Arg>\n\n(1) [P1]: p\n(2) [P2]: if p then q\n-----\n"
      + "    <_ [t1]: But the rule fails.\n(3) [C]: q\n\n<Other>: another argument.\n  + [C]\n";
  /** An undercut indented under an inline bar with an inference rule. */
  static final String UNDERCUT_UNDER_INLINE_BAR = "<Arg>\n\n(1) [P1]: p\n(2) [P2]: if p then q\n"
      + "-- Modus ponens --\n    <_ [t1]: But the rule fails.\n        <- [t2]: It holds.\n(3) [C]: q\n";
  /** A statement and an argument each defined twice, one statement three times with a canonical mark. */
  static final String DEFINED_TWICE = "[S]: first text.\n\n[S]: second text.\n\n[T]: first t.\n\n"
      + "[T]: second t. {isCanonical: true}\n\n[T]: third t.\n\n<A>: first desc.\n\n<A>: second desc.\n\n"
      + "<A>\n  + [S]\n";

  private final ArgdownImporter importer = new ArgdownImporter();

  private static Argument argument(ArgumentMap map, String id) {
    return map.argument(ArgumentId.of(id)).orElseThrow(() -> new AssertionError("no argument " + id
        + " in " + map.arguments()));
  }

  @Test
  void anUndercutUnderAPlainBarUndercutsThatInference() {
    ArgumentMap map = importer.readString(UNDERCUT_UNDER_BAR);
    Argument undercut = argument(map, "t1-undercuts-arg");
    assertThat(undercut.premises()).containsExactly(StatementId.of("t1"));
    assertThat(undercut.conclusion()).isEqualTo((ConclusionId) ArgumentId.of("arg"));
    assertThat(undercut.polarity()).isEqualTo(Polarity.ATTACKS);
    // the lines after the undercut are the conclusion and the next argument, not the inference rule
    Argument arg = argument(map, "arg");
    assertThat(arg.scheme()).isEmpty();
    assertThat(arg.conclusion()).isEqualTo((ConclusionId) StatementId.of("c"));
    assertThat(map.statement(StatementId.of("c")).orElseThrow().text()).isEqualTo("q");
    assertThat(map.statement(StatementId.of("other")).orElseThrow().text()).isEqualTo("another argument.");
  }

  @Test
  void anUndercutUnderAnInlineBarUndercutsThatInference() {
    ArgumentMap map = importer.readString(UNDERCUT_UNDER_INLINE_BAR);
    assertThat(argument(map, "arg").scheme()).contains("Modus ponens");
    assertThat(argument(map, "t1-undercuts-arg").conclusion()).isEqualTo((ConclusionId) ArgumentId.of("arg"));
    Argument nested = argument(map, "t2-attacks-t1");
    assertThat(nested.conclusion()).isEqualTo((ConclusionId) StatementId.of("t1"));
  }

  @Test
  void onlyAnUndercutMayStandUnderABar() {
    assertThatThrownBy(() -> importer.readString("<A>\n\n(1) p\n-----\n    <- [t]: no.\n(2) q\n"))
        .isInstanceOfSatisfying(MapFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(5);
          assertThat(e.column()).isEqualTo(5);
          assertThat(e.getMessage()).contains("only an undercut (<_)");
        });
  }

  @Test
  void aStatementDefinedTwiceKeepsTheLastTextOrTheCanonicalOne() {
    ArgumentMap map = importer.readString(DEFINED_TWICE);
    assertThat(map.statement(StatementId.of("s")).orElseThrow().text()).isEqualTo("second text.");
    assertThat(map.statement(StatementId.of("t")).orElseThrow().text()).isEqualTo("second t.");
    assertThat(map.statement(StatementId.of("a")).orElseThrow().text()).isEqualTo("second desc.");
  }

  @Test
  void dataInYamlBlockStyleIsDataNotRelations() {
    ArgumentMap map = importer.readString("[Slogan]: What does not kill me makes me stronger. {\n"
        + "id: slogan-1\nsources:\n    - Nietzsche, Twilight of the Idols\n    - Mainl\u00e4nder\n"
        + "nested:\n    deeper: true\n}\n\n[Other]: other.\n  - [Slogan]\n");
    assertThat(map.statements()).extracting(s -> s.id().value()).containsExactly("slogan-1", "other");
    assertThat(map.statement(StatementId.of("slogan-1")).orElseThrow().text())
        .isEqualTo("What does not kill me makes me stronger.");
    assertThat(map.arguments()).singleElement().satisfies(a -> assertThat(a.id().value())
        .isEqualTo("slogan-1-attacks-other"));
  }

  @Test
  void emojiShortcodesBecomeTheirSymbols() {
    ArgumentMap map = importer.readString("[E]: :happy: .up. :smile: .smile. :nothing: e.g. here\n");
    assertThat(map.statement(StatementId.of("e")).orElseThrow().text())
        .isEqualTo("\uD83D\uDE00 \uD83D\uDC4D \u263A\uFE0F \u263A :nothing: e.g. here");
  }
}
