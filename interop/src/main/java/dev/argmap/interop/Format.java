package dev.argmap.interop;

import com.google.common.collect.ImmutableList;
import dev.argmap.interop.aif.AifExporter;
import dev.argmap.interop.aif.AifImporter;
import dev.argmap.interop.argdown.ArgdownExporter;
import dev.argmap.interop.argdown.ArgdownImporter;
import dev.argmap.interop.bag.BagExporter;
import dev.argmap.interop.bag.BagImporter;
import dev.argmap.interop.carneades.CarneadesExporter;
import dev.argmap.interop.carneades.CarneadesImporter;
import dev.argmap.interop.dung.DungDialect;
import dev.argmap.interop.dung.DungExporter;
import dev.argmap.interop.dung.DungImporter;
import java.util.function.Supplier;

/**
 * The formats argmap reads and writes besides its own JSON format, each with its importer and exporter.
 * {@link Formats} finds one by name or file name.
 */
public enum Format {
  /** AIF JSON, as AIFdb, OVA and the xAIF tools read and write it ({@code docs/formats/aif.md}). */
  AIF("aif", "AIF JSON (AIFdb, OVA, xAIF)", ImmutableList.of(".aif.json", ".xaif.json", ".aif", ".xaif"),
      AifImporter::new, AifExporter::new),
  /** Argdown text ({@code docs/formats/argdown.md}). */
  ARGDOWN("argdown", "Argdown", ImmutableList.of(".argdown"), ArgdownImporter::new, ArgdownExporter::new),
  /** An ICCMA 2023 abstract argumentation framework, {@code p af N} ({@code docs/formats/iccma-af.md}). */
  ICCMA_AF("af", "ICCMA 2023 argumentation framework", ImmutableList.of(".af"),
      () -> new DungImporter(DungDialect.ICCMA_AF), () -> new DungExporter(DungDialect.ICCMA_AF)),
  /** An ASPARTIX argumentation framework, {@code arg(a). att(a,b).} ({@code docs/formats/iccma-af.md}). */
  APX("apx", "ASPARTIX argumentation framework", ImmutableList.of(".apx"),
      () -> new DungImporter(DungDialect.APX), () -> new DungExporter(DungDialect.APX)),
  /** An argumentation framework in Trivial Graph Format ({@code docs/formats/iccma-af.md}). */
  TGF("tgf", "Trivial Graph Format argumentation framework", ImmutableList.of(".tgf"),
      () -> new DungImporter(DungDialect.TGF), () -> new DungExporter(DungDialect.TGF)),
  /** An uncertainpy weighted bipolar argumentation graph ({@code docs/formats/bag.md}). */
  BAG("bag", "uncertainpy bipolar argumentation graph", ImmutableList.of(".bag"), BagImporter::new,
      BagExporter::new),
  /** A Carneades 4 argument graph in YAML ({@code docs/formats/carneades.md}). */
  CARNEADES("carneades", "Carneades 4 YAML argument graph", ImmutableList.of(".yaml", ".yml"),
      CarneadesImporter::new, CarneadesExporter::new);

  private final String id;
  private final String displayName;
  private final ImmutableList<String> fileExtensions;
  private final Supplier<MapImporter> importer;
  private final Supplier<MapExporter> exporter;

  Format(String id, String displayName, ImmutableList<String> fileExtensions,
      Supplier<MapImporter> importer, Supplier<MapExporter> exporter) {
    this.id = id;
    this.displayName = displayName;
    this.fileExtensions = fileExtensions;
    this.importer = importer;
    this.exporter = exporter;
  }

  /**
   * Returns the format's short name, as the command line takes it: {@code aif}, {@code argdown},
   * {@code af}, {@code apx}, {@code tgf}, {@code bag} or {@code carneades}.
   *
   * @return the name
   */
  public String id() {
    return id;
  }

  /**
   * Returns the format's name for people, for example {@code "ICCMA 2023 argumentation framework"}.
   *
   * @return the name
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the endings of file names in this format, lower case with the dot, longest first.
   *
   * @return the endings
   */
  public ImmutableList<String> fileExtensions() {
    return fileExtensions;
  }

  /**
   * Returns an importer with default settings.
   *
   * @return the importer
   */
  public MapImporter importer() {
    return importer.get();
  }

  /**
   * Returns an exporter with default settings.
   *
   * @return the exporter
   */
  public MapExporter exporter() {
    return exporter.get();
  }
}
