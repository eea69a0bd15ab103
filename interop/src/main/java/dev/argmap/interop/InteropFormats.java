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
import dev.argmap.io.MapFormat;
import dev.argmap.io.MapFormatProvider;

/**
 * The formats of other tools that argmap reads and writes, provided to {@link dev.argmap.io.MapFormats}
 * through {@link MapFormatProvider}. The constants let Java callers name a format without a string; the
 * command line and other callers that take a name look it up with {@code MapFormats.installed().named(...)}.
 */
public final class InteropFormats implements MapFormatProvider {
  /** AIF JSON, as AIFdb, OVA and the xAIF tools read and write it ({@code docs/formats/aif.md}). */
  public static final MapFormat AIF = MapFormat.builder("aif")
      .aliases("xaif", "aif-json")
      .displayName("AIF JSON (AIFdb, OVA, xAIF)")
      .fileEndings(".aif.json", ".xaif.json", ".aif", ".xaif")
      .mediaType("application/json")
      .importer(AifImporter::new)
      .exporter(AifExporter::new)
      .build();

  /** Argdown text ({@code docs/formats/argdown.md}); {@code .ad} is the short ending students often use. */
  public static final MapFormat ARGDOWN = MapFormat.builder("argdown")
      .displayName("Argdown")
      .fileEndings(".argdown", ".ad")
      .mediaType("text/x-argdown")
      .importer(ArgdownImporter::new)
      .exporter(ArgdownExporter::new)
      .build();

  /** An ICCMA 2023 abstract argumentation framework, {@code p af N} ({@code docs/formats/iccma-af.md}). */
  public static final MapFormat ICCMA_AF = MapFormat.builder("af")
      .aliases("iccma", "iccma23", "iccma-af")
      .displayName("ICCMA 2023 argumentation framework")
      .fileEndings(".af")
      .mediaType("text/plain")
      .importer(() -> new DungImporter(DungDialect.ICCMA_AF))
      .exporter(() -> new DungExporter(DungDialect.ICCMA_AF))
      .build();

  /** An ASPARTIX argumentation framework, {@code arg(a). att(a,b).} ({@code docs/formats/iccma-af.md}). */
  public static final MapFormat APX = MapFormat.builder("apx")
      .aliases("aspartix")
      .displayName("ASPARTIX argumentation framework")
      .fileEndings(".apx")
      .mediaType("text/plain")
      .importer(() -> new DungImporter(DungDialect.APX))
      .exporter(() -> new DungExporter(DungDialect.APX))
      .build();

  /** An argumentation framework in Trivial Graph Format ({@code docs/formats/iccma-af.md}). */
  public static final MapFormat TGF = MapFormat.builder("tgf")
      .displayName("Trivial Graph Format argumentation framework")
      .fileEndings(".tgf")
      .mediaType("text/plain")
      .importer(() -> new DungImporter(DungDialect.TGF))
      .exporter(() -> new DungExporter(DungDialect.TGF))
      .build();

  /** An uncertainpy weighted bipolar argumentation graph ({@code docs/formats/bag.md}). */
  public static final MapFormat BAG = MapFormat.builder("bag")
      .aliases("uncertainpy")
      .displayName("uncertainpy bipolar argumentation graph")
      .fileEndings(".bag")
      .mediaType("text/plain")
      .importer(BagImporter::new)
      .exporter(BagExporter::new)
      .build();

  /** A Carneades 4 argument graph in YAML ({@code docs/formats/carneades.md}). */
  public static final MapFormat CARNEADES = MapFormat.builder("carneades")
      .aliases("caes")
      .displayName("Carneades 4 YAML argument graph")
      .fileEndings(".yaml", ".yml")
      .mediaType("application/yaml")
      .importer(CarneadesImporter::new)
      .exporter(CarneadesExporter::new)
      .build();

  /** Every format of this module, in the order above. */
  public static final ImmutableList<MapFormat> ALL =
      ImmutableList.of(AIF, ARGDOWN, ICCMA_AF, APX, TGF, BAG, CARNEADES);

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public InteropFormats() {}

  /**
   * Returns this module's formats.
   *
   * @return {@link #ALL}
   */
  @Override
  public ImmutableList<MapFormat> formats() {
    return ALL;
  }
}
