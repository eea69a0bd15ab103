/**
 * Reading and writing argument maps in argmap's JSON format (it writes version 2, reads 1 and 2).
 *
 * <ul>
 *   <li>{@link dev.argmap.json.ArgMapJson}: the facade: {@code read}, {@code write} and a
 *       {@link dev.argmap.json.ArgMapJson.Reader reader} with non-default limits.
 *   <li>{@link dev.argmap.json.JsonReadOptions}: limits and strictness of reading.
 *   <li>{@link dev.argmap.json.ArgMapFormatException} and {@link dev.argmap.json.JsonProblem}: what is
 *       wrong with a document, each problem with its line, column and JSON path.
 *   <li>{@link dev.argmap.json.MapVisitor} and {@link dev.argmap.json.JsonLocation}: reading a
 *       document as a stream of its elements ({@code ArgMapJson.stream}), for maps too large to hold
 *       twice; {@link dev.argmap.json.MapStreamWriter}: writing one part by part
 *       ({@code ArgMapJson.writeStreamed}).
 *   <li>{@link dev.argmap.json.ArgMapModule}: the Jackson module for callers with their own mapper.
 * </ul>
 *
 * <p>The format is specified in {@code docs/format/README.md}; its JSON Schema is
 * {@link dev.argmap.json.ArgMapJson#schema()}.
 */
@NullMarked
package dev.argmap.json;

import org.jspecify.annotations.NullMarked;
