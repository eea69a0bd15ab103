package dev.argmap.json.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where one element of a map stands in its document, and where each of its fields does: the key of a
 * field is the name the model's problem messages use for it ({@code "weight"}, {@code "speaker name"},
 * {@code "premise s3"}, ...), so that a model problem can be placed at the field it is about.
 *
 * <p>The fields are recorded in order and looked up by key only when a problem is placed, which is
 * rare: the keys of references are joined and the lookup map built then.
 */
final class Where {
  /** The suffix of the key of a value's second occurrence, such as a premise listed twice. */
  static final String SECOND = "#2";

  private final Pos element;
  // the fields in the order recorded: a key, the target of a reference (or null) and a position
  private String[] keys;
  private String[] targets;
  private Pos[] positions;
  private int size;
  // false in a first pass, which reports nothing and so keeps no field positions
  private final boolean recording;
  private Map<String, Pos> fields; // built on the first lookup
  private String elementId; // once read

  Where(Pos element) {
    this(element, true);
  }

  private Where(Pos element, boolean recording) {
    this.element = element;
    this.recording = recording;
    if (recording) {
      keys = new String[8];
      targets = new String[8];
      positions = new Pos[8];
    }
  }

  /** Returns a record that keeps the element's identifier but no field positions. */
  static Where notRecording(Pos element) {
    return new Where(element, false);
  }

  Pos element() {
    return element;
  }

  /** Returns the element's identifier, or null when it has none (yet). */
  String elementId() {
    return elementId;
  }

  void elementId(String id) {
    this.elementId = id;
  }

  /** Records a field; a key recorded twice keeps the first, and the second under {@link #SECOND}. */
  void put(String key, Pos pos) {
    record(key, null, pos);
  }

  /** Records a reference under its role ({@code "cited work"}) and its role and target. */
  void putReference(String role, String target, Pos pos) {
    record(role, null, pos);
    record(role, String.valueOf(target), pos); // joined as role + " " + target when looked up
  }

  private void record(String key, String target, Pos pos) {
    if (!recording) {
      return;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      targets = Arrays.copyOf(targets, size * 2);
      positions = Arrays.copyOf(positions, size * 2);
    }
    keys[size] = key;
    targets[size] = target;
    positions[size] = pos;
    size++;
    fields = null;
  }

  Pos field(String key) {
    if (key == null) {
      return null;
    }
    if (fields == null) {
      Map<String, Pos> map = new HashMap<>();
      for (int i = 0; i < size; i++) {
        String k = targets[i] == null ? keys[i] : keys[i] + " " + targets[i];
        if (map.putIfAbsent(k, positions[i]) != null) {
          map.putIfAbsent(k + SECOND, positions[i]);
        }
      }
      fields = map;
    }
    return fields.get(key);
  }
}
