package dev.argmap.bench;

import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing a generated map as JSON (issue 3): {@code ArgMapJson.write} against the yardstick, Jackson writing the
 * tree of the same document with its default pretty printer. Both write to a stream that only counts bytes, so
 * the disk is not measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx12g"})
public class JsonWriteBench {
  /** The number of statements of the generated map. */
  @Param({"1000", "100000", "1000000"})
  public int statements;

  private ArgumentMap map;
  private JsonNode tree;
  private ObjectWriter treeWriter;

  /** A stream that discards its bytes and counts them. */
  static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  /**
   * Generates the map, and reads its file as a tree.
   *
   * @throws IOException if reading fails
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    map = Data.map(statements);
    JsonMapper mapper = JsonMapper.builder().build();
    try (InputStream in = Files.newInputStream(Data.jsonMap(statements))) {
      tree = mapper.readTree(in);
    }
    treeWriter = mapper.writerWithDefaultPrettyPrinter();
  }

  /**
   * Writes the map with argmap's writer.
   *
   * @return the number of bytes written
   * @throws IOException if writing fails
   */
  @Benchmark
  public long writeArgmap() throws IOException {
    CountingStream out = new CountingStream();
    ArgMapJson.write(map, out);
    return out.count;
  }

  /**
   * The yardstick: Jackson writes the tree of the same document.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public long writeTree() {
    CountingStream out = new CountingStream();
    treeWriter.writeValue(out, tree);
    return out.count;
  }
}
