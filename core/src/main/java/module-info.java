/**
 * argmap core: the domain model of argument maps, its validation, and argument-strength scoring.
 *
 * <p>This module has no JSON library in it; formats live in their own modules.
 *
 * <p>{@code dev.argmap.io} is the format SPI that io-json, interop and render provide formats through
 * ({@code uses dev.argmap.io.MapFormatProvider}). {@code dev.argmap.internal.io} (the one atomic file
 * writer, the one byte-counting stream) is exported only to argmap's own modules: it is shared code, not
 * API. Some of those modules are not built before core, hence the suppressed "module not found" warning.
 */
@SuppressWarnings("module")
module dev.argmap.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.argmap.model;
  exports dev.argmap.io;
  exports dev.argmap.semantics;
  exports dev.argmap.semantics.contribution;
  exports dev.argmap.semantics.dung;
  exports dev.argmap.scoring;
  exports dev.argmap.scoring.explain;
  exports dev.argmap.internal.io to
      dev.argmap.json,
      dev.argmap.interop,
      dev.argmap.cli,
      dev.argmap.examples,
      dev.argmap.bench;

  // argmap iccma prints EE's extensions from the search's member arrays, without building Extension objects
  exports dev.argmap.internal.enumeration to
      dev.argmap.cli;

  uses dev.argmap.io.MapFormatProvider;
}
