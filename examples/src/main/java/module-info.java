/**
 * Small runnable programs that show argmap's API, each with a {@code main}: {@link
 * dev.argmap.examples.BuildAMap}, {@link dev.argmap.examples.ReadAndWriteJson}, {@link
 * dev.argmap.examples.LintAMap}, {@link dev.argmap.examples.QueryTheMap} and {@link
 * dev.argmap.examples.ReadmeExample}.
 */
module dev.argmap.examples {
  requires dev.argmap.core;
  requires dev.argmap.json;
  requires dev.argmap.maps;
  requires dev.argmap.render;

  exports dev.argmap.examples;
}
