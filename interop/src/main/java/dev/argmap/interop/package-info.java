/**
 * The formats of other tools, as {@link dev.argmap.io.MapFormat}s: {@link dev.argmap.interop.InteropFormats}
 * names each one and provides them all to {@link dev.argmap.io.MapFormats#installed()}. Importers, exporters,
 * the exception, warnings and loss reports are core's format SPI in {@code dev.argmap.io}.
 *
 * <pre>{@code
 * MapFormat format = MapFormats.installed().guess(Path.of("debate.argdown")).orElseThrow();
 * ArgumentMap map = format.importer().orElseThrow().read(Path.of("debate.argdown"));
 * InteropFormats.AIF.exporter().orElseThrow().write(map, Path.of("debate.aif.json"));   // atomic
 * }</pre>
 *
 * <p>Each format's page in {@code docs/formats/} says what maps to what and what is lost in each direction.
 */
@NullMarked
package dev.argmap.interop;

import org.jspecify.annotations.NullMarked;
