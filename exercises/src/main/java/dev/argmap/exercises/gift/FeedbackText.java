package dev.argmap.exercises.gift;

import dev.argmap.model.ArgumentMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Feedback as a student reads it in Moodle: the answer key's lines without the map's internal identifiers
 * ("argument a-culture", "statement p-x", "quote e-y") and without the sheet's option letters ("C:", "1 → F:"),
 * which Moodle neither shows nor keeps (it shuffles the options).
 */
final class FeedbackText {
  private final List<Pattern> ids = new ArrayList<>();

  FeedbackText(ArgumentMap map) {
    List<String> all = new ArrayList<>();
    map.statements().forEach(s -> all.add(s.id().value()));
    map.arguments().forEach(a -> all.add(a.id().value()));
    map.evidence().forEach(e -> all.add(e.id().value()));
    map.sources().forEach(s -> all.add(s.id().value()));
    all.sort((x, y) -> y.length() - x.length());
    for (String id : all) {
      String q = Pattern.quote(id);
      ids.add(Pattern.compile("\\s*\\((?:argument|undercutter|statement|quote|evidence|source) " + q + "\\)"));
      ids.add(Pattern.compile("\\b(argument|undercutter|statement|quote|evidence|source) " + q + "(?![\\w-])"));
    }
  }

  String clean(String line) {
    String s = line.replaceFirst("^\\d+ \u2192 [A-Z]: ", "").replaceFirst("^\\d+\\. [A-Z]: ", "")
        .replaceFirst("^[A-Z] is an extra claim", "One claim is extra");
    for (int i = 0; i < ids.size(); i += 2) {
      s = ids.get(i).matcher(s).replaceAll("");
      s = ids.get(i + 1).matcher(s).replaceAll("this $1");
    }
    return s;
  }
}
