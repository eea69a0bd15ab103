/**
 * Dung argumentation frameworks (arguments and attacks only) in three text formats: ICCMA 2023
 * {@code .af} ({@code p af N}, then {@code i j}), ASPARTIX {@code .apx} ({@code arg(a).} and
 * {@code att(a,b).}) and TGF (node lines, {@code #}, edge lines); see {@link dev.argmap.interop.dung.DungDialect}.
 *
 * <p>{@link dev.argmap.interop.dung.DungImporter} makes every framework argument a statement and every
 * attack a single-premise attacking argument; {@link dev.argmap.interop.dung.DungExporter} writes the attack
 * graph of any map. {@code docs/formats/iccma-af.md} describes both directions and what they lose.
 */
@NullMarked
package dev.argmap.interop.dung;

import org.jspecify.annotations.NullMarked;
