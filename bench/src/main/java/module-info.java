/**
 * argmap's benchmarks: JMH benchmarks of JSON reading and writing and of the gradual and Dung semantics, a heap
 * footprint probe, and {@link dev.argmap.bench.IccmaRunner}, the side-by-side runner of the TweetyProject
 * comparison. Not part of the library; see {@code docs/performance.md}.
 *
 * <p>The module is open because JMH instantiates the benchmark states and the generated stubs reflectively. The
 * shaded {@code target/benchmarks.jar} runs on the class path, where this descriptor is not used; it keeps the
 * module compiling against the library's own descriptors: the benchmarks use exported packages only, and
 * the one atomic file writer that core exports to argmap's own modules.
 */
open module dev.argmap.bench {
  requires dev.argmap.core;
  requires dev.argmap.json;
  requires dev.argmap.maps;
  requires dev.argmap.testing;
  requires tools.jackson.databind;
  requires jmh.core;
  requires java.management;
}
