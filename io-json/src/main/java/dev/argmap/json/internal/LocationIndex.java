package dev.argmap.json.internal;

import dev.argmap.model.ElementKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where every element read from a document stands, by kind and identifier, in document order. */
final class LocationIndex {
  // by kind and identifier: the one place of an element, or the list of places of an identifier
  // used more than once (an invalid map)
  private final Map<ElementKind, Map<String, Object>> elements = new EnumMap<>(ElementKind.class);
  private final Where map;
  private final boolean keep;

  /**
   * An index of the elements of a map.
   *
   * @param keep whether to keep the elements' places, or only to name each its identifier (when
   *     elements are streamed, to keep memory flat)
   */
  LocationIndex(Where map, boolean keep) {
    this.map = map;
    this.keep = keep;
  }

  Where map() {
    return map;
  }

  @SuppressWarnings("unchecked")
  void add(ElementKind kind, String id, Where where) {
    where.elementId(id);
    if (!keep) {
      return;
    }
    Map<String, Object> byId = elements.get(kind);
    if (byId == null) {
      byId = new HashMap<>();
      elements.put(kind, byId);
    }
    Object before = byId.putIfAbsent(id, where);
    if (before == null) {
      return;
    }
    List<Where> places;
    if (before instanceof Where first) {
      places = new ArrayList<>(2);
      places.add(first);
      byId.put(id, places);
    } else {
      places = (List<Where>) before;
    }
    places.add(where);
  }

  /** Returns the places of the elements of one kind with one identifier, in document order. */
  @SuppressWarnings("unchecked")
  List<Where> get(ElementKind kind, String id) {
    if (kind == ElementKind.MAP) {
      return List.of(map);
    }
    Map<String, Object> byId = elements.get(kind);
    Object found = byId == null ? null : byId.get(id);
    if (found == null) {
      return List.of();
    }
    return found instanceof Where one ? List.of(one) : (List<Where>) found;
  }
}
