/**
 * Argdown, the Markdown-like syntax for argument maps (<a href="https://argdown.org">argdown.org</a>).
 *
 * <p>{@link dev.argmap.interop.argdown.ArgdownExporter} writes any map as Argdown that the reference parser
 * ({@code @argdown/cli} 1.7.5) accepts: statements {@code [Title]: text}, arguments {@code <Title>} with
 * premise-conclusion structures, and relations. {@link dev.argmap.interop.argdown.ArgdownImporter} reads the
 * common subset of Argdown: statements, arguments with premise-conclusion structures, relations by
 * indentation with every marker, tags, data, comments, includes and Markdown files with Argdown blocks.
 * {@code docs/formats/argdown.md} describes both directions and what they lose.
 */
@NullMarked
package dev.argmap.interop.argdown;

import org.jspecify.annotations.NullMarked;
