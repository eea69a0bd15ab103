/**
 * The format SPI: how argument maps are read from and written to documents, in every format.
 *
 * <p>A {@link dev.argmap.io.MapFormat} names a format and gives its {@link dev.argmap.io.MapImporter} and
 * {@link dev.argmap.io.MapExporter}; {@link dev.argmap.io.MapFormats#installed()} finds the formats that
 * modules provide through {@link dev.argmap.io.MapFormatProvider} and {@link java.util.ServiceLoader}, and
 * guesses a file's format from its name. Bad input in any format is one unchecked
 * {@link dev.argmap.io.MapFormatException} with line, column and source; {@link dev.argmap.io.ReadLimits}
 * bound what every importer accepts ({@link dev.argmap.io.ReadLimitException} names the limit broken);
 * what an importer tolerates is an {@link dev.argmap.io.ImportWarning}, and what an exporter leaves out a
 * {@link dev.argmap.io.LossReport} of {@link dev.argmap.io.Loss}es.
 */
@NullMarked
package dev.argmap.io;

import org.jspecify.annotations.NullMarked;
