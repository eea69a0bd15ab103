package dev.argmap.interop;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a {@link Format} by name or by file name, for command lines and file dialogs.
 *
 * <pre>{@code
 * Formats.named("iccma");                     // ICCMA_AF
 * Formats.guess(Path.of("ex3.apx"));          // APX
 * Formats.guess(Path.of("nodeset6064.json")); // empty: .json may be argmap's own format or AIF
 * }</pre>
 */
public final class Formats {
  private static final ImmutableMap<String, Format> NAMES =
      ImmutableMap.<String, Format>builder()
          .put("aif", Format.AIF)
          .put("xaif", Format.AIF)
          .put("aif-json", Format.AIF)
          .put("argdown", Format.ARGDOWN)
          .put("af", Format.ICCMA_AF)
          .put("iccma", Format.ICCMA_AF)
          .put("iccma23", Format.ICCMA_AF)
          .put("iccma-af", Format.ICCMA_AF)
          .put("apx", Format.APX)
          .put("aspartix", Format.APX)
          .put("tgf", Format.TGF)
          .put("bag", Format.BAG)
          .put("uncertainpy", Format.BAG)
          .put("carneades", Format.CARNEADES)
          .put("caes", Format.CARNEADES)
          .buildOrThrow();

  private Formats() {}

  /**
   * Returns the format with a name: a format's {@link Format#id() id} or one of its aliases ({@code xaif},
   * {@code iccma}, {@code iccma23}, {@code aspartix}, {@code uncertainpy}, {@code caes}), in any case.
   *
   * @param name the name
   * @return the format, or empty when no format has that name
   */
  public static Optional<Format> named(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(NAMES.get(name.trim().toLowerCase(Locale.ROOT)));
  }

  /**
   * Guesses the format of a file from the end of its name ({@code .argdown}, {@code .af}, {@code .apx},
   * {@code .tgf}, {@code .bag}, {@code .aif}, {@code .aif.json}, {@code .xaif.json}, {@code .yml} and
   * {@code .yaml} for Carneades), in any case. A plain
   * {@code .json} name gives no guess: it may be argmap's own format or AIF.
   *
   * @param file the file; only its name is looked at
   * @return the format, or empty when the name says nothing
   */
  public static Optional<Format> guess(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    return name == null ? Optional.empty() : guess(name.toString());
  }

  /**
   * Guesses the format of a file from the end of its name, as {@link #guess(Path)}.
   *
   * @param fileName the file's name
   * @return the format, or empty when the name says nothing
   */
  public static Optional<Format> guess(String fileName) {
    String lower = Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
    Format best = null;
    int bestLength = 0;
    for (Format f : Format.values()) {
      for (String ending : f.fileExtensions()) {
        if (lower.endsWith(ending) && lower.length() > ending.length() && ending.length() > bestLength) {
          best = f;
          bestLength = ending.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
