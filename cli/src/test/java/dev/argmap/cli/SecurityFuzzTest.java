package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Security: seeded mutation fuzzing of every format the command line reads, through every reading command, in
 * process. A run fails the test when it exits with anything but 0, 1 or 2, says "internal error", throws, or
 * takes longer than its budget. On failure the message gives the seed and the path of the mutated input (kept
 * under {@code target/fuzz-failures}); rerun one seed with {@code -Dargmap.fuzz.seed=SEED}.
 */
class SecurityFuzzTest {
  /** Mutations per format: each goes through every command. */
  private static final int MUTATIONS = Integer.getInteger("argmap.fuzz.mutations", 200);
  private static final long SEED = Long.getLong("argmap.fuzz.seed", 20261207L);
  private static final long BUDGET_SECONDS = 20;
  private static final String[] TOKENS = {
    "{", "}", "[", "]", "\"", ",", ":", "\\", "\\ud800", "\\u0000", "\n", "\r\n", "\t", "    ", "  <+ ",
    "  <- ", "  _> ", "<", ">", "[", "]:", "#", "//", "/*", "<!--", "-->", "%%{init: {", "(", ")", ".", "arg(",
    "att(", "p af ", "1e309", "-1", "NaN", "99999999999999999999", "0.5", "null", "true", "\u0000", "\ufeff",
    "\ud83d\ude00", "\u2028", "é", "\"id\": \"t1\"", "\"statements\": []", "\"theses\": [\"zz\"]",
    "\"weight\": 1.5", "\"nodeID\": \"1\"", "\"type\": \"RA\"", "\"fromID\": \"9\"", "{{{{{{{{{{", "[[[[[[[[[[",
    "+ <A>", "<A>: ", "(1) ", "----", "===", "@", "#tag", "{x: 1}", "> ", "``", "**", "__"
  };

  private static Path root;
  private static ExecutorService runner;

  @BeforeAll
  static void setUp() throws IOException {
    root = Path.of("target", "fuzz-failures").toAbsolutePath();
    Files.createDirectories(root);
    runner = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-run");
      t.setDaemon(true);
      return t;
    });
  }

  @AfterAll
  static void tearDown() {
    runner.shutdownNow();
  }

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("json", Documents.SCORED),
        Arguments.of("argdown", """
            # A debate

            [T1]: The thesis holds. #main
              <+ <A1>: Because of a premise.
                (1) A premise is true.
                ----
                (2) The thesis holds.
              <- [C1]: A counter-claim {weight: 0.4}.
                <- [C2]: A rebuttal of it.
              + [P3]: Another reason.
            """),
        Arguments.of("aif", """
            {"nodes": [
              {"nodeID": "1", "text": "The thesis holds.", "type": "I"},
              {"nodeID": "2", "text": "A premise is true.", "type": "I"},
              {"nodeID": "3", "text": "Default Inference", "type": "RA"},
              {"nodeID": "4", "text": "A counter-claim.", "type": "I"},
              {"nodeID": "5", "text": "Default Conflict", "type": "CA"}
            ],
            "edges": [
              {"edgeID": "1", "fromID": "2", "toID": "3"},
              {"edgeID": "2", "fromID": "3", "toID": "1"},
              {"edgeID": "3", "fromID": "4", "toID": "5"},
              {"edgeID": "4", "fromID": "5", "toID": "1"}
            ],
            "locutions": []}
            """),
        Arguments.of("apx", "arg(a).\narg(b).\narg(c).\narg(d).\natt(a,b).\natt(b,c).\natt(c,a).\natt(d,c).\n"),
        Arguments.of("tgf", "1 a\n2 b\n3 c\n4 d\n#\n1 2\n2 3\n3 1\n4 3\n"),
        Arguments.of("af", "p af 4\n# a comment\n1 2\n2 3\n3 1\n4 3\n"),
        Arguments.of("bag", "arg(a, 0.5).\narg(b, 1.0).\narg(c, 0.25).\natt(a, b).\natt(b, a).\nsup(c, a).\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void mutatedInputsThroughEveryReadingCommand(String format, String seedText) throws Exception {
    Random random = new Random(SEED ^ format.hashCode());
    Path dir = Files.createTempDirectory(root, format + "-");
    byte[] original = seedText.getBytes(StandardCharsets.UTF_8);
    int runs = 0;
    for (int i = 0; i < MUTATIONS; i++) {
      long seed = random.nextLong();
      byte[] mutated = mutate(original, new Random(seed));
      Path input = dir.resolve("input-" + i + "." + format);
      Files.write(input, mutated);
      for (List<String> command : commands(input, dir)) {
        check(command, input, seed);
        runs++;
      }
      Files.delete(input);
    }
    assertThat(runs).isEqualTo(MUTATIONS * commands(dir.resolve("x"), dir).size());
    try (Stream<Path> left = Files.list(dir)) {
      for (Path p : left.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  private static List<List<String>> commands(Path input, Path dir) {
    String in = input.toString();
    String out = dir.resolve("out.json").toString();
    return List.of(
        List.of("validate", in),
        List.of("show", in),
        List.of("lint", in),
        List.of("score", in, "--time-limit", "5"),
        List.of("explain", in, "T1", "--time-limit", "5"),
        List.of("render", in, "--to", "dot", "--scores", "df-quad"),
        List.of("convert", in, out, "--to", "json"),
        List.of("extensions", in, "--semantics", "preferred", "--all", "--time-limit", "5"));
  }

  private static void check(List<String> command, Path input, long seed) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Future<Integer> run = runner.submit(() -> Main.run(command.toArray(String[]::new),
        new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true),
        Optional::empty));
    int code;
    try {
      code = run.get(BUDGET_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      throw new AssertionError(failure("ran over its budget of " + BUDGET_SECONDS + " s", command, input, seed,
          ""), e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError(failure("threw " + e.getCause(), command, input, seed, ""), e.getCause());
    }
    if (code != 0 && code != 1 && code != 2 || err.toString().contains("internal error")) {
      throw new AssertionError(failure("exited " + code, command, input, seed, err.toString()));
    }
  }

  /** Keeps the failing input and says how to find it again. */
  private static String failure(String what, List<String> command, Path input, long seed, String err)
      throws IOException {
    Path kept = root.resolve("seed-" + seed + "-" + input.getFileName());
    Files.copy(input, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return "argmap " + String.join(" ", command) + " " + what + "; mutation seed " + seed + " (suite seed "
        + SEED + "), input kept at " + kept + "\n" + err;
  }

  /** Applies one to four mutations: byte flips, deletions, duplications, insertions of format tokens. */
  static byte[] mutate(byte[] doc, Random random) {
    byte[] current = doc;
    int count = 1 + random.nextInt(4);
    for (int k = 0; k < count; k++) {
      int at = current.length == 0 ? 0 : random.nextInt(current.length);
      switch (random.nextInt(6)) {
        case 0 -> {
          byte[] copy = current.clone();
          if (copy.length > 0) {
            copy[at] = (byte) random.nextInt(256);
          }
          current = copy;
        }
        case 1 -> {
          int len = Math.min(current.length - at, 1 + random.nextInt(16));
          current = concat(slice(current, 0, at), slice(current, at + len, current.length));
        }
        case 2 -> {
          int len = Math.min(current.length - at, 1 + random.nextInt(64));
          byte[] piece = slice(current, at, at + len);
          int times = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 4);
          byte[] grown = slice(current, 0, at + len);
          for (int t = 0; t < times; t++) {
            grown = concat(grown, piece);
          }
          current = concat(grown, slice(current, at + len, current.length));
        }
        default -> {
          byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
          current = concat(concat(slice(current, 0, at), token), slice(current, at, current.length));
        }
      }
    }
    return current;
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return java.util.Arrays.copyOfRange(b, from, Math.max(from, to));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  /** The seeds are valid documents: each one passes every command that reads its format with exit 0. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void theSeedsAreValid(String format, String seedText) throws Exception {
    Path dir = Files.createTempDirectory(root, "seed-" + format + "-");
    Path input = dir.resolve("seed." + format);
    Files.writeString(input, seedText);
    List<String> command = format.equals("af") || format.equals("bag") || format.equals("apx")
        || format.equals("tgf")
        ? List.of("score", input.toString(), "--time-limit", "5")
        : List.of("lint", input.toString());
    StringWriter err = new StringWriter();
    int code = Main.run(command.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), Optional::empty);
    assertThat(code).as(format + ": " + err).isZero();
    Files.delete(input);
    Files.delete(dir);
  }
}
