package dev.argmap.json.internal;

import dev.argmap.json.JsonProblem;
import dev.argmap.model.ElementId;
import dev.argmap.model.ElementKind;
import dev.argmap.model.MapProblem;
import dev.argmap.model.MapRule;
import java.util.List;

/**
 * Places the problems that the model's validation finds at the element, and where it can the field,
 * of the document that has them. When a message is not understood the problem is placed at its
 * element, never lost.
 */
final class ProblemLocator {
  private final LocationIndex index;

  ProblemLocator(LocationIndex index) {
    this.index = index;
  }

  JsonProblem locate(MapProblem problem) {
    List<Where> places =
        index.get(problem.elementKind(), problem.elementId().map(ElementId::value).orElse(""));
    Where where;
    if (places.isEmpty()) {
      where = index.map();
    } else if (problem.rule() == MapRule.DUPLICATE_ID && places.size() > 1) {
      where = places.get(1);
    } else {
      where = places.get(0);
    }
    Pos pos = where.field(fieldKey(problem));
    if (pos == null) {
      pos = where.element();
    }
    return pos.problem(message(problem));
  }

  private static String message(MapProblem problem) {
    String message = problem.message();
    if (problem.rule() == MapRule.DUPLICATE_ID
        && problem.elementKind() != ElementKind.MAP
        && message.startsWith("identifier ")) {
      return "identifier \"" + problem.elementId().map(ElementId::value).orElse("") + "\""
          + message.substring("identifier".length());
    }
    return message;
  }

  /** Returns the key of the field a problem is about, as {@link MapReader} records it, or null. */
  static String fieldKey(MapProblem problem) {
    String m = problem.message();
    switch (problem.rule()) {
      case OUT_OF_RANGE:
        return before(m, " must ");
      case BLANK_TEXT:
        return before(m, " must not be blank");
      case INVALID_TEXT:
        return before(m, " is not valid Unicode");
      case MISSING_REFERENCE:
        return before(m, " is not a ");
      case DUPLICATE_ID:
        if (problem.elementKind() == ElementKind.MAP) {
          String thesis = before(m, " is named twice");
          return thesis == null ? null : thesis + Where.SECOND;
        }
        return Names.ID;
      case NO_THESIS:
        return Names.THESES;
      case NO_PREMISES:
        return Names.PREMISES;
      case CIRCULAR_ARGUMENT:
        if (m.startsWith("lists its conclusion ")) {
          return "premise " + word(m, 3);
        }
        return Names.CONCLUSION;
      case DUPLICATE_PREMISE:
        return m.startsWith("lists premise ") ? "premise " + word(m, 2) + Where.SECOND : null;
      case COPY_OF_OTHER_SOURCE:
        return "locator copy";
      case CITES_ITSELF:
        return "cited work";
      case CITED_AT_WITHOUT_WORK:
        return "place in the cited work";
      case VOICE_SPEAKER_MISMATCH:
        return Names.VOICE;
      case INVALID_RANGE:
        if (m.startsWith("locator paragraph")) {
          return "locator paragraph";
        }
        return m.startsWith("locator character range") ? "locator start" : Names.LOCATOR;
      case INVALID_URL:
        int open = m.indexOf("but was \"");
        return open < 0 || !m.endsWith("\"")
            ? null
            : "link " + m.substring(open + "but was \"".length(), m.length() - 1);
      case INVALID_DATE:
        return Names.DATE;
      default:
        return null;
    }
  }

  private static String before(String text, String marker) {
    int at = text.indexOf(marker);
    return at <= 0 ? null : text.substring(0, at);
  }

  private static String word(String text, int n) {
    String[] words = text.split(" ");
    return n < words.length ? words[n] : "";
  }
}
