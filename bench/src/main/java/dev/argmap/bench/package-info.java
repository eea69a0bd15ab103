/**
 * Benchmarks of argmap. Run them from the shaded jar, never from the unit tests:
 *
 * <pre>
 * mvn -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar JsonReadBench -f 1 -wi 2 -i 3
 * </pre>
 *
 * <p>{@link dev.argmap.bench.ContributionBench} and {@link dev.argmap.bench.MapContributionBench} measure the
 * contribution functions (Shapley values exact and sampled, gradients) on generated graphs and on the prebuilt
 * map; their names are filtered as {@code '\.ContributionBench'} so that the one does not select the other.
 *
 * <p>Inputs are generated once, deterministically (seed 42), into {@code bench/target/data} (see {@link
 * dev.argmap.bench.Data}). {@code docs/performance.md} has the commands, the settings and the results.
 */
@NullMarked
package dev.argmap.bench;

import org.jspecify.annotations.NullMarked;
