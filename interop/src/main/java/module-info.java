/**
 * argmap interop: argument maps to and from other tools' formats, one package per format, each with an
 * importer and an exporter behind core's format SPI ({@link dev.argmap.io.MapImporter},
 * {@link dev.argmap.io.MapExporter}), provided to {@link dev.argmap.io.MapFormats#installed()} by
 * {@link dev.argmap.interop.InteropFormats}.
 *
 * <ul>
 *   <li>{@code dev.argmap.interop.aif}: AIF JSON as AIFdb, OVA and the xAIF tools write it;
 *   <li>{@code dev.argmap.interop.argdown}: Argdown text;
 *   <li>{@code dev.argmap.interop.dung}: Dung frameworks as ICCMA 2023 {@code .af}, ASPARTIX {@code .apx}
 *       and TGF;
 *   <li>{@code dev.argmap.interop.bag}: uncertainpy's weighted bipolar {@code .bag} files;
 *   <li>{@code dev.argmap.interop.carneades}: Carneades 4 YAML argument graphs, with Carneades' own
 *       labelling of their statements.
 * </ul>
 *
 * <p>Only Jackson's streaming parser is used (for AIF), and its YAML counterpart (for Carneades); there is no data binding.
 */
module dev.argmap.interop {
  requires transitive dev.argmap.core;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;

  exports dev.argmap.interop;
  exports dev.argmap.interop.aif;
  exports dev.argmap.interop.argdown;
  exports dev.argmap.interop.dung;
  exports dev.argmap.interop.bag;
  exports dev.argmap.interop.carneades;

  provides dev.argmap.io.MapFormatProvider with
      dev.argmap.interop.InteropFormats;
}
