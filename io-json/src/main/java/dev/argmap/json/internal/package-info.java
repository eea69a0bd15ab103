/**
 * The implementation of argmap's JSON format; not exported. The streaming reader that keeps the line,
 * column and JSON path of every element and field, the writer with its fixed property order and
 * layout, the Jackson (de)serializers and the limits. Files are written by core's one atomic writer.
 */
@NullMarked
package dev.argmap.json.internal;

import org.jspecify.annotations.NullMarked;
