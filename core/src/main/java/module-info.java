/**
 * argmap core: the domain model of argument maps, its validation, and argument-strength scoring.
 *
 * <p>This module has no JSON library in it; formats live in their own modules.
 */
module dev.argmap.core {
  requires transitive com.google.common;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.argmap.model;
  exports dev.argmap.generator;
  exports dev.argmap.scoring;
}
