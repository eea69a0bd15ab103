package dev.argmap.bench;

import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a generated map's JSON file (issue 3): {@code ArgMapJson} (strict reader, validated model) against the
 * yardstick, a plain Jackson tree parse ({@code JsonMapper.readTree}) of the same file. Goal: {@code readArgmap}
 * within 2x of {@code readTree}.
 *
 * <p>The file is generated once per size ({@link Data#jsonMap}); both reads open it and stream it from disk
 * ({@code Files.newInputStream}), so they do the same I/O. The reader is {@link Data#READER}: the defaults with
 * the size limits raised for the 1M-statement file.
 *
 * <p>The default iterations are for the 1k file: a read takes milliseconds, but the scores kept falling for
 * about 10 s of reading on an idle machine and for 35 s on a loaded one (the JIT's threads share the cores), so
 * 20 warm-up iterations of 2 s come first. A 100k read takes most of a second and allocates hundreds of
 * megabytes; there, time single reads instead ({@code -bm ss} with 20 warm-up and 20 measured reads, see
 * docs/performance.md), since a 2 s iteration holds only two or three.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx12g"})
@Warmup(iterations = 20, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 10, time = 2, timeUnit = TimeUnit.SECONDS)
public class JsonReadBench {
  /** The number of statements of the generated map. */
  @Param({"1000", "100000", "1000000"})
  public int statements;

  private Path file;
  private JsonMapper mapper;

  /** Generates the file if needed. */
  @Setup(Level.Trial)
  public void setUp() {
    file = Data.jsonMap(statements);
    mapper = JsonMapper.builder().build();
  }

  /**
   * Reads the file with argmap's reader.
   *
   * @return the map
   * @throws IOException if reading fails
   */
  @Benchmark
  public ArgumentMap readArgmap() throws IOException {
    return Data.READER.read(file);
  }

  /**
   * The yardstick: a Jackson tree of the same file.
   *
   * @return the tree
   * @throws IOException if reading fails
   */
  @Benchmark
  public JsonNode readTree() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return mapper.readTree(in);
    }
  }
}
