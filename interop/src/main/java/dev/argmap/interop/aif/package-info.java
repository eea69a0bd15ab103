/**
 * AIF JSON, the Argument Interchange MapFormat as AIFdb, OVA and the xAIF tools (AMF, DialAM) read and write it:
 * a plain nodeset {@code {"nodes", "edges", "locutions"}} or an xAIF object {@code {"AIF": {...}, "OVA":
 * ..., "text": ...}}.
 *
 * <p>{@link dev.argmap.interop.aif.AifImporter} reads I-nodes as statements, RA nodes as supporting and CA
 * nodes as attacking arguments, and keeps the whole document in the map's {@code "aif"} extension;
 * {@link dev.argmap.interop.aif.AifExporter} writes any map, and for a map read from AIF writes back every
 * node and edge of the original. {@code docs/formats/aif.md} describes both directions and what they lose.
 */
@NullMarked
package dev.argmap.interop.aif;

import org.jspecify.annotations.NullMarked;

import dev.argmap.io.MapFormat;
