package dev.argmap.bench;

import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.MapProblem;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The costs that a hostile or merely large input used to make quadratic (issue 16), each against reading the
 * same file: {@code validate} (read and validate the map) and {@code lint} of a map of 150,000 theses, and
 * {@code score} with an explanation of every thesis of a generated 100,000-statement map. The yardstick is a
 * plain Jackson tree of the file ({@code readTree}); {@code readArgmap} is argmap's reader alone. Goal: each
 * command within 5x of reading.
 *
 * <p>Inputs: {@code theses-150000.json} (150,000 statements, every one a thesis, written by this class) and
 * {@code map-100000-s42.json} ({@link Data#jsonMap}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class UntrustedInputBench {
  /** Which input: {@code theses-150000} or {@code map-100000}. */
  @Param({"theses-150000", "map-100000"})
  public String input;

  private Path file;
  private JsonMapper mapper;
  private ArgumentMap loaded;

  /** Writes the input if needed. */
  @Setup(Level.Trial)
  public void setUp() {
    mapper = JsonMapper.builder().build();
    if (input.equals("theses-150000")) {
      file = Data.dir().resolve("theses-150000.json");
      if (!Files.isRegularFile(file)) {
        ArgumentMap.Builder b = ArgumentMap.builder();
        for (int i = 0; i < 150_000; i++) {
          b.addStatements(Statement.of("t" + i, "Thesis number " + i + " of the large map holds."));
          b.addTheses(StatementId.of("t" + i));
        }
        try {
          ArgMapJson.write(b.build(), file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    } else {
      file = Data.jsonMap(100_000);
    }
    loaded = read();
  }

  private ArgumentMap read() {
    try {
      return Data.READER.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The yardstick: a Jackson tree of the file.
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

  /**
   * {@code argmap validate} without its output: read the file into a validated map.
   *
   * @return the map
   */
  @Benchmark
  public ArgumentMap validate() {
    return read();
  }

  /**
   * {@code argmap lint} without its output: read, validate and lint.
   *
   * @return the warnings
   */
  @Benchmark
  public List<MapProblem> readAndLint() {
    return read().lint();
  }

  /**
   * Lint alone, of the map already read.
   *
   * @return the warnings
   */
  @Benchmark
  public List<MapProblem> lintOnly() {
    return loaded.lint();
  }

  /**
   * {@code argmap score} without its output: read, score with DF-QuAD and explain every thesis (Shapley shares).
   *
   * @return the explanations
   */
  @Benchmark
  public List<Explanation> scoreWithExplanations() {
    ArgumentMap map = read();
    MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);
    MapScores scores = scorer.score(map);
    List<Explanation> all = new ArrayList<>();
    for (StatementId thesis : map.thesisIds()) {
      all.add(scorer.explain(scores, thesis, ContributionFunction.SHAPLEY));
    }
    return all;
  }
}
