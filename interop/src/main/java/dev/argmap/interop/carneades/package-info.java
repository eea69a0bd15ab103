/**
 * Carneades 4 argument graphs in YAML: {@link dev.argmap.interop.carneades.CarneadesImporter},
 * {@link dev.argmap.interop.carneades.CarneadesExporter}, and
 * {@link dev.argmap.interop.carneades.CarneadesLabelling}, Carneades' own labelling of a graph's statements
 * (in, out, undecided) under its proof standards, weighing functions, assumptions and undercutters.
 *
 * <p>The labelling lives here, not in argmap's core semantics, because it is Carneades' model rather than
 * argmap's: it labels statements rather than scoring them, decides issues by proof standards over argument
 * weights that schemes compute, and derives arguments from the file's argument schemes. Nothing else in
 * argmap uses it; it is what makes a Carneades file mean what Carneades says it means, and so belongs with
 * the format. The definitions follow Carneades 4's evaluation and YAML reader (read, not copied), as
 * {@code docs/formats/carneades.md} sets out.
 */
@NullMarked
package dev.argmap.interop.carneades;

import org.jspecify.annotations.NullMarked;
