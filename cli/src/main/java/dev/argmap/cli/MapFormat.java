package dev.argmap.cli;

import dev.argmap.interop.Format;
import dev.argmap.interop.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A map file format as the command line names it: argmap's own JSON ({@code json}) or one of the interop
 * module's formats ({@code aif}, {@code argdown}, {@code af}, {@code apx}, {@code tgf}, {@code bag}, {@code carneades}).
 *
 * @param interop the interop format, or empty for argmap JSON
 */
record MapFormat(Optional<Format> interop) {
  /** argmap's own JSON format. */
  static final MapFormat JSON = new MapFormat(Optional.empty());

  static MapFormat of(Format format) {
    return new MapFormat(Optional.of(format));
  }

  /** Returns the format with a name ({@code json}, {@code argmap}, or a name {@link Formats} knows). */
  static Optional<MapFormat> named(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("json") || n.equals("argmap") || n.equals("argmap-json")) {
      return Optional.of(JSON);
    }
    return Formats.named(n).map(MapFormat::of);
  }

  /**
   * Guesses the format from a file name: a format of the interop module by its ending ({@code .aif.json},
   * {@code .argdown}, {@code .af}, ...), else argmap JSON for any other {@code .json} name.
   */
  static Optional<MapFormat> guess(String fileName) {
    Optional<Format> f = Formats.guess(fileName);
    if (f.isPresent()) {
      return Optional.of(of(f.get()));
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".ad") && lower.length() > 3) {
      return Optional.of(of(Format.ARGDOWN)); // the short ending students' Argdown files often have
    }
    return lower.endsWith(".json") ? Optional.of(JSON) : Optional.empty();
  }

  /** Returns the names the command line takes, for messages: {@code json, aif, argdown, af, apx, tgf, bag, carneades}. */
  static String known() {
    List<String> names = new ArrayList<>();
    names.add("json");
    for (Format f : Format.values()) {
      names.add(f.id());
    }
    return String.join(", ", names);
  }

  /** Returns the short name: {@code json} or the interop format's id. */
  String id() {
    return interop.map(Format::id).orElse("json");
  }

  /** Returns the name for people, for example {@code argmap JSON} or {@code Argdown}. */
  String displayName() {
    return interop.map(Format::displayName).orElse("argmap JSON");
  }

  boolean isJson() {
    return interop.isEmpty();
  }
}
