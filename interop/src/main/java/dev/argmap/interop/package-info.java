/**
 * What every interop format shares: {@link dev.argmap.interop.MapImporter} and
 * {@link dev.argmap.interop.MapExporter}, the one exception {@link dev.argmap.interop.InteropException}
 * (with the line and column of the problem where known), {@link dev.argmap.interop.ImportWarning} for
 * what an importer tolerated, and {@link dev.argmap.interop.Format} / {@link dev.argmap.interop.Formats}
 * to pick a format by name or file name.
 *
 * <pre>{@code
 * Format format = Formats.guess(Path.of("debate.argdown")).orElseThrow();
 * ArgumentMap map = format.importer().read(Path.of("debate.argdown"));
 * Format.AIF.exporter().write(map, Path.of("debate.aif.json"));   // atomic
 * }</pre>
 *
 * <p>Each format's page in {@code docs/formats/} says what maps to what and what is lost in each direction.
 */
package dev.argmap.interop;
