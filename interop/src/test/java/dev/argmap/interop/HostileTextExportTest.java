package dev.argmap.interop;

import dev.argmap.io.Loss;
import dev.argmap.io.LossReport;
import dev.argmap.io.MapFormat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Statement;
import dev.argmap.testing.HostileTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile text, in every place a map holds text, written by the Argdown, AIF and Carneades exporters
 * and read back by the matching importer: each text comes back exactly, unless the exporter's loss report
 * says that kind of text is lost (leading and trailing white space aside: the importers strip it). A text
 * read as syntax (a directive, comment, relation, definition or frontmatter) would change the text or the
 * map's shape, and fail here.
 */
class HostileTextExportTest {
  static List<MapFormat> textFormats() {
    return List.of(InteropFormats.ARGDOWN, InteropFormats.AIF, InteropFormats.CARNEADES);
  }

  @ParameterizedTest
  @MethodSource("textFormats")
  void hostileTextsComeBackExactlyOrAreReportedLost(MapFormat format) throws Exception {
    List<String> failures = new ArrayList<>();
    for (String text : HostileTexts.ALL) {
      if (format == InteropFormats.ARGDOWN && text.equals(Maps.ARGDOWN_NOT_YET_CARRIED)) {
        continue;
      }
      ArgumentMap map = HostileTexts.inStatementsAndArguments(text);
      LossReport losses = format.exporter().orElseThrow().losses(map);
      String written = format.exporter().orElseThrow().writeString(map);
      ArgumentMap back;
      try {
        back = format.importer().orElseThrow().readString(written);
      } catch (RuntimeException e) {
        failures.add(show(text) + ": not read back: " + e.getMessage() + "\n" + written);
        continue;
      }
      List<String> wrong = new ArrayList<>();
      // the shape a plain text gets; a text read as syntax adds or drops elements
      ArgumentMap plain = format.importer().orElseThrow().readString(format.exporter().orElseThrow().writeString(
          HostileTexts.inStatementsAndArguments("plain")));
      if (back.statements().size() != plain.statements().size()
          || back.arguments().size() != plain.arguments().size()) {
        wrong.add("shape: " + back.statements().size() + " statements, " + back.arguments().size()
            + " arguments, not " + plain.statements().size() + " and " + plain.arguments().size()
            + " as for a plain text");
      }
      for (Statement s : map.statements()) {
        Optional<Statement> found = back.statements().stream().filter(x -> x.id().equals(s.id())).findFirst();
        if (found.isEmpty()) {
          wrong.add("statement " + s.id() + " missing");
          continue;
        }
        Statement b = found.get();
        check(wrong, losses, Loss.Kind.STATEMENT_TEXTS, "text of " + s.id(), s.text(), b.text());
        check(wrong, losses, Loss.Kind.STATEMENT_TITLES, "title of " + s.id(), s.title(), b.title());
        check(wrong, losses, Loss.Kind.STATEMENT_TAGS, "tags of " + s.id(), s.tags(), b.tags());
        check(wrong, losses, Loss.Kind.STATEMENT_NOTES, "notes of " + s.id(), s.notes(), b.notes());
      }
      for (Argument a : map.arguments()) {
        Optional<Argument> found = back.arguments().stream().filter(x -> x.id().equals(a.id())).findFirst();
        if (found.isEmpty()) {
          wrong.add("argument " + a.id() + " missing");
          continue;
        }
        Argument b = found.get();
        check(wrong, losses, Loss.Kind.ARGUMENT_LABELS, "label of " + a.id(), a.label(), b.label());
        check(wrong, losses, Loss.Kind.ARGUMENT_SCHEMES, "scheme of " + a.id(), a.scheme(), b.scheme());
        check(wrong, losses, Loss.Kind.ARGUMENT_NOTES, "notes of " + a.id(), a.notes(), b.notes());
      }
      check(wrong, losses, Loss.Kind.MAP_TITLE, "map title", map.title(), back.title());
      check(wrong, losses, Loss.Kind.MAP_DESCRIPTION, "map description", map.description(),
          back.description());
      if (!wrong.isEmpty()) {
        failures.add(show(text) + ": " + wrong + "\n" + written);
      }
    }
    assertThat(failures).as(format + ": hostile texts changed in a round trip (losses reported: "
        + format.exporter().orElseThrow().losses(HostileTexts.inStatementsAndArguments("x")) + ")").isEmpty();
  }

  private static void check(List<String> wrong, LossReport losses, Loss.Kind kind, String what, Object sent,
      Object back) {
    // the importers strip a text's leading and trailing white space (foreign files pad texts freely)
    if (!stripped(sent).equals(stripped(back)) && losses.count(kind) == 0) {
      wrong.add(what + " came back as " + show(back) + ", no loss reported");
    }
  }

  private static Object stripped(Object o) {
    return o instanceof String s ? s.strip() : o instanceof Optional<?> opt ? opt.map(x -> stripped(x)) : o;
  }

  private static String show(Object o) {
    String s = o instanceof Optional<?> opt ? opt.map(Object::toString).orElse("(none)") : o.toString();
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(c -> b.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", c)
        : String.valueOf(Character.toChars(c))));
    return b.append('"').toString();
  }

}
