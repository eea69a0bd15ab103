package dev.argmap.bench;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.bench.Checksums;
import dev.argmap.semantics.dung.DungLimitExceededException;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.dung.Extension;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import java.io.FileReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * argmap's side of the TweetyProject comparison ({@code bench/compare-tweety.sh}): the baseline's {@code run}
 * protocol ({@code shared/bench/tweety-baseline/README.md}, "What run measures") applied to argmap, with the same
 * options, the same CSV columns and the same checksums.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.argmap.bench.IccmaRunner run --semantics grounded \
 *     --warmup 2 --repeat 5 --header FILE.af
 * java -cp bench/target/benchmarks.jar dev.argmap.bench.IccmaRunner gen --nodes 1000 --edges 2500 \
 *     --seed 42 --kind random --out x.af
 * </pre>
 *
 * <p>Protocol: (1) parse with {@link AttackGraph#parseIccma}, timed once, cold, as {@code parse_ms}; argmap builds
 * two indexes lazily (the outgoing attacks and the topological order) and caches them in the graph, so {@code
 * parse_ms} includes building both (Tweety's parser builds its parent and child maps while parsing), and stderr
 * shows the split. (2) Every solve on one worker thread with the default stack size. (3) W warm-up solves and at
 * least {@code --min-warmup-ms} (1000) of warm-up when W &gt; 0. (4) {@code System.gc()} before each timed solve,
 * median and minimum of R. (5) A solve of 60 s is abandoned ({@code TIMEOUT_60S}; the Dung solver's own budget is
 * set to the same limit), a solve of 10 s or more is never repeated, sampling stops after {@code --budget-s} of
 * solving. (6) The checksum is computed from the last result, after the timing.
 *
 * <p>Semantics: {@code grounded}, {@code complete}, {@code preferred}, {@code stable} ({@link DungSolver}) and
 * {@code hcat} ({@link GradualSemantics#H_CATEGORIZER}; exact in one topological pass on an acyclic graph,
 * otherwise Jacobi iteration from 1 until the max-norm change of a sweep is at most {@code --epsilon}, default
 * 1e-12; a run that does not converge is reported as {@code NOT_CONVERGED}, without a time).
 */
public final class IccmaRunner {
  /** The CSV header, identical to the baseline's. */
  public static final String HEADER =
      "semantics,nodes,edges,parse_ms,median_ms,min_ms,checksum,runs,status,params,file";

  private static final String USAGE = String.join("\n",
      "usage:",
      "  run --semantics {grounded,complete,preferred,stable,hcat} [--repeat R] [--warmup W]",
      "      [--epsilon E] [--solve-timeout-s T] [--long-run-ms L] [--budget-s B]",
      "      [--min-warmup-ms MW] [--header] FILE.af",
      "  gen --nodes N --edges M --seed S --kind {random,acyclic} [--supports K] --out FILE.af",
      "  header   (prints the CSV header line of `run`)");

  /** Keeps every result reachable so that no solve can be optimised away. */
  static volatile Object sink;

  private IccmaRunner() {}

  /** Parsed command-line options: {@code --name value} pairs, flags, and at most one positional argument. */
  record Options(Map<String, String> named, String positional) {}

  static Options options(String[] args, int from) {
    Map<String, String> named = new HashMap<>();
    String positional = null;
    for (int i = from; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--header")) {
        named.put("header", "true");
      } else if (a.startsWith("--")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value for " + a + "\n" + USAGE);
        }
        named.put(a.substring(2), args[++i]);
      } else if (positional == null) {
        positional = a;
      } else {
        throw new IllegalArgumentException("unexpected argument: " + a + "\n" + USAGE);
      }
    }
    return new Options(named, positional);
  }

  static String require(Map<String, String> o, String key) {
    String v = o.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + key + "\n" + USAGE);
    }
    return v;
  }

  /**
   * Runs a command: {@code run}, {@code gen} or {@code header}.
   *
   * @param args the command and its options
   * @throws Exception if the input cannot be read
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println(USAGE);
      System.exit(64);
    }
    switch (args[0]) {
      case "run":
        Options o = options(args, 1);
        if (o.positional() == null) {
          System.err.println("run: missing FILE.af\n" + USAGE);
          System.exit(64);
        }
        System.exit(run(o.named(), o.positional()));
        break;
      case "gen":
        AfGen.main(java.util.Arrays.copyOfRange(args, 1, args.length));
        break;
      case "header":
        System.out.println(HEADER);
        break;
      default:
        System.err.println("unknown command: " + args[0] + "\n" + USAGE);
        System.exit(64);
    }
  }

  private record Timed(Object result, long nanos) {}

  static int run(Map<String, String> opts, String path) throws Exception {
    String semantics = require(opts, "semantics");
    int repeat = Integer.parseInt(opts.getOrDefault("repeat", "5"));
    int warmup = Integer.parseInt(opts.getOrDefault("warmup", "2"));
    String epsText = opts.getOrDefault("epsilon", "1e-12");
    double epsilon = Double.parseDouble(epsText);
    long solveTimeoutMs = (long) (1000 * Double.parseDouble(opts.getOrDefault("solve-timeout-s", "60")));
    long longRunNs = 1_000_000L * Long.parseLong(opts.getOrDefault("long-run-ms", "10000"));
    long budgetNs = (long) (1e9 * Double.parseDouble(opts.getOrDefault("budget-s", "60")));
    long minWarmNs = 1_000_000L * Long.parseLong(opts.getOrDefault("min-warmup-ms", "1000"));
    if (repeat < 1 || warmup < 0) {
      throw new IllegalArgumentException("--repeat must be >= 1 and --warmup >= 0");
    }
    DungSolver solver = DungSolver.builder().timeBudget(Duration.ofMillis(solveTimeoutMs)).build();
    EvaluationOptions gradual =
        EvaluationOptions.builder().tolerance(epsilon).maxIterations(1_000_000).build();
    Function<AttackGraph, Object> solve;
    switch (semantics) {
      case "grounded":
        solve = g -> List.of(solver.grounded(g));
        break;
      case "complete":
        solve = solver::complete;
        break;
      case "preferred":
        solve = solver::preferred;
        break;
      case "stable":
        solve = solver::stable;
        break;
      case "hcat":
        solve = g -> GradualSemantics.H_CATEGORIZER.evaluate(g, gradual);
        break;
      default:
        throw new IllegalArgumentException("unknown --semantics " + semantics + "\n" + USAGE);
    }
    if (opts.containsKey("header")) {
      System.out.println(HEADER);
    }
    String fileName = Path.of(path).getFileName().toString();
    String params = semantics.equals("hcat") ? "eps=" + epsText : "";

    // ---- parse (cold, once), plus the lazily built indexes ----------------------------
    AttackGraph graph;
    long parseNs;
    long indexNs;
    try {
      long t0 = System.nanoTime();
      try (Reader r = new FileReader(path, StandardCharsets.US_ASCII)) {
        graph = AttackGraph.parseIccma(r);
      }
      long t1 = System.nanoTime();
      graph.isAcyclic(); // topological order (or "cyclic"), cached
      if (graph.size() > 0) {
        graph.attacked(0); // outgoing-attack index, cached
      }
      long t2 = System.nanoTime();
      parseNs = t2 - t0;
      indexNs = t2 - t1;
    } catch (OutOfMemoryError e) {
      System.out.println(line(semantics, -1, -1, -1, null, "", 0, "OOM_PARSE", params, fileName));
      return 4;
    }
    System.err.printf(Locale.ROOT, "%s %s: parse %.3f ms (of which indexes %.3f ms), acyclic=%s%n", semantics,
        fileName, parseNs / 1e6, indexNs / 1e6, graph.isAcyclic());
    int nodes = graph.size();
    int edges = graph.attackCount();

    // ---- solve: warm-up, then timed runs ---------------------------------------------
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "solver"); // stack size 0: the JVM default
      t.setDaemon(true);
      return t;
    });
    List<Long> samples = new ArrayList<>();
    Object last = null;
    long spentNs = 0;
    long warmNs = 0;
    int warmDone = 0;
    String status = "ok";
    int exit = 0;
    final AttackGraph g = graph;
    long firstNs = -1;
    while (true) {
      boolean warming = warmDone < warmup || (warmup > 0 && warmNs < minWarmNs && warmDone < 100_000);
      if (!warming) {
        System.gc(); // outside the timed region
      }
      Future<Timed> f = worker.submit(() -> {
        long t0 = System.nanoTime();
        Object res = solve.apply(g);
        long t1 = System.nanoTime();
        return new Timed(res, t1 - t0);
      });
      Timed t;
      try {
        t = f.get(solveTimeoutMs, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        status = "TIMEOUT_" + (solveTimeoutMs / 1000) + "S";
        exit = 2;
        break;
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        last = null;
        sink = null;
        if (c instanceof DungLimitExceededException) {
          status = "TIMEOUT_" + (solveTimeoutMs / 1000) + "S";
          exit = 2;
          System.err.println(c.getMessage());
        } else if (c instanceof StackOverflowError) {
          status = "STACKOVERFLOW";
          exit = 3;
        } else if (c instanceof OutOfMemoryError) {
          status = "OOM";
          exit = 4;
        } else {
          status = "ERROR_" + c.getClass().getSimpleName();
          exit = 5;
          c.printStackTrace();
        }
        break;
      }
      if (firstNs < 0) {
        firstNs = t.nanos;
      }
      last = t.result;
      sink = last;
      if (last instanceof Strengths && !((Strengths) last).converged()) {
        status = "NOT_CONVERGED";
        exit = 6;
        System.err.println(last);
        break;
      }
      spentNs += t.nanos;
      boolean isLong = t.nanos >= longRunNs;
      if (warming && !isLong) {
        warmDone++;
        warmNs += t.nanos;
        continue;
      }
      samples.add(t.nanos);
      if (isLong || samples.size() >= repeat) {
        break;
      }
      if (spentNs >= budgetNs) {
        break;
      }
    }
    worker.shutdownNow();

    String checksum = "";
    if (exit == 0 && last != null) {
      checksum = checksum(last);
    }
    if (last instanceof Strengths) {
      Strengths s = (Strengths) last;
      System.err.printf(Locale.ROOT, "%s %s: scheme %s, %s, %d iterations, residual %.3g%n", semantics, fileName,
          s.scheme(), s.status(), s.iterations(), s.residual());
    }
    System.err.printf(Locale.ROOT, "%s %s: first solve %.3f ms, %d warm-up solves%n", semantics, fileName,
        firstNs / 1e6, warmDone);
    System.out.println(line(semantics, nodes, edges, parseNs, exit == 0 ? samples : null, checksum,
        samples.size(), status, params, fileName));
    System.out.flush();
    return exit;
  }

  @SuppressWarnings("unchecked")
  private static String checksum(Object result) {
    if (result instanceof Strengths) {
      return Checksums.strengths((Strengths) result);
    }
    return Checksums.extensions((List<Extension>) result);
  }

  static String line(String sem, int nodes, int edges, long parseNs, List<Long> samples, String checksum,
      int runs, String status, String params, String file) {
    String med = "";
    String min = "";
    if (samples != null && !samples.isEmpty()) {
      List<Long> s = new ArrayList<>(samples);
      Collections.sort(s);
      int k = s.size();
      double medNs = (k % 2 == 1) ? s.get(k / 2) : (s.get(k / 2 - 1) + s.get(k / 2)) / 2.0;
      med = ms(medNs);
      min = ms(s.get(0));
    }
    return String.join(",", sem, nodes < 0 ? "" : Integer.toString(nodes),
        edges < 0 ? "" : Integer.toString(edges), parseNs < 0 ? "" : ms(parseNs), med, min, checksum,
        Integer.toString(runs), status, params, file);
  }

  static String ms(double nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
  }
}
