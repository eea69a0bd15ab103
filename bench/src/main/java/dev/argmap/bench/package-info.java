/**
 * Benchmarks of argmap. Run them from the shaded jar, never from the unit tests:
 *
 * <pre>
 * mvn -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar JsonReadBench -f 1 -wi 2 -i 3
 * </pre>
 *
 * <p>Inputs are generated once, deterministically (seed 42), into {@code bench/target/data} (see {@link
 * dev.argmap.bench.Data}). {@code docs/performance.md} has the commands, the settings and the results.
 */
package dev.argmap.bench;
