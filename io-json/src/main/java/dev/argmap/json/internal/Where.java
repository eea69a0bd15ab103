package dev.argmap.json.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Where one element of a map stands in its document, and where each of its fields does: the key of a
 * field is the name the model's problem messages use for it ({@code "weight"}, {@code "speaker name"},
 * {@code "premise s3"}, ...), so that a model problem can be placed at the field it is about.
 */
final class Where {
  /** The suffix of the key of a value's second occurrence, such as a premise listed twice. */
  static final String SECOND = "#2";

  private final Pos element;
  private final Map<String, Pos> fields = new HashMap<>();

  Where(Pos element) {
    this.element = element;
  }

  Pos element() {
    return element;
  }

  /** Records a field; a key recorded twice keeps the first, and the second under {@link #SECOND}. */
  void put(String key, Pos pos) {
    if (fields.putIfAbsent(key, pos) != null) {
      fields.putIfAbsent(key + SECOND, pos);
    }
  }

  /** Records a reference under its role ({@code "cited work"}) and its role and target. */
  void putReference(String role, String target, Pos pos) {
    put(role, pos);
    put(role + " " + target, pos);
  }

  Pos field(String key) {
    return key == null ? null : fields.get(key);
  }
}
