package dev.argmap.json.internal;

import dev.argmap.model.ElementKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where every element read from a document stands, by kind and identifier, in document order. */
final class LocationIndex {
  private final Map<ElementKind, Map<String, List<Where>>> elements =
      new EnumMap<>(ElementKind.class);
  private final Where map;

  LocationIndex(Where map) {
    this.map = map;
  }

  Where map() {
    return map;
  }

  void add(ElementKind kind, String id, Where where) {
    elements
        .computeIfAbsent(kind, k -> new HashMap<>())
        .computeIfAbsent(id, k -> new ArrayList<>(1))
        .add(where);
  }

  /** Returns the places of the elements of one kind with one identifier, in document order. */
  List<Where> get(ElementKind kind, String id) {
    if (kind == ElementKind.MAP) {
      return List.of(map);
    }
    Map<String, List<Where>> byId = elements.get(kind);
    List<Where> found = byId == null ? null : byId.get(id);
    return found == null ? List.of() : found;
  }
}
