package dev.argmap.bench;

import dev.argmap.semantics.dung.Acceptance;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.bench.Checksums;
import dev.argmap.semantics.dung.DungLimitExceededException;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.semantics.dung.Extension;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * argmap's in-JVM solve time of one ICCMA task, for {@code bench/scripts/clingo-vs-argmap.py}, which sets it
 * beside the whole-process times of argmap and clingo.
 *
 * <pre>
 * java -cp bench/target/classes:cli/target/argmap.jar dev.argmap.bench.IccmaTaskTimer \
 *     --task EE --semantics preferred [--arg 1] [--repeat 3] [--timeout-s 60] FILE.af
 * </pre>
 *
 * <p>Prints one CSV line {@code task,semantics,nodes,best_ms,answer,file}: the best of {@code --repeat} solves in
 * one JVM (the first one cold, so a single repeat is a cold time), and the answer: for EE the extension checksum
 * of {@link Checksums#extensions} (the clingo and Tweety baselines' {@code count/total/fp}), taken as the
 * extensions stream by without holding them, for SE the checksum of the one extension, for DC and DS {@code YES}
 * or {@code NO} and the certificate's checksum. The time limit reached prints {@code TIMEOUT} without a time;
 * the number of extensions is not limited.
 */
public final class IccmaTaskTimer {
  private IccmaTaskTimer() {}

  /**
   * Runs the timer.
   *
   * @param args the options and the file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    String task = "EE";
    String semantics = "preferred";
    int arg = 1;
    int repeat = 1;
    long timeout = 60;
    String file = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--task" -> task = args[++i].toUpperCase(Locale.ROOT);
        case "--semantics" -> semantics = args[++i];
        case "--arg" -> arg = Integer.parseInt(args[++i]);
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        case "--timeout-s" -> timeout = Long.parseLong(args[++i]);
        default -> file = args[i];
      }
    }
    if (file == null) {
      throw new IllegalArgumentException("usage: --task {EE,SE,DC,DS} --semantics NAME [--arg N] [--repeat R]"
          + " [--timeout-s S] FILE.af");
    }
    AttackGraph g;
    try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      g = AttackGraph.parseIccma(in);
    }
    DungSemantics sem = DungSemantics.fromId(semantics);
    // only the time limits the search, as only it limits clingo's
    DungSolver solver = DungSolver.builder().timeBudget(Duration.ofSeconds(timeout))
        .maxExtensions(Integer.MAX_VALUE).build();
    double best = Double.MAX_VALUE;
    String answer = "";
    for (int r = 0; r < repeat; r++) {
      long t0 = System.nanoTime();
      try {
        answer = solve(solver, g, task, sem, g.indexOf(Integer.toString(arg)));
      } catch (DungLimitExceededException e) {
        System.out.printf(Locale.ROOT, "%s,%s,%d,,TIMEOUT,%s%n", task, semantics, g.size(),
            Path.of(file).getFileName());
        return;
      }
      best = Math.min(best, (System.nanoTime() - t0) / 1e6);
      if (best > 10_000) {
        break; // a long solve is not repeated
      }
    }
    System.out.printf(Locale.ROOT, "%s,%s,%d,%.1f,%s,%s%n", task, semantics, g.size(), best, answer,
        Path.of(file).getFileName());
  }

  private static String solve(DungSolver solver, AttackGraph g, String task, DungSemantics sem, int a) {
    switch (task) {
      case "EE": {
        // streamed, as `argmap iccma` prints them: holding millions of extensions would time the heap too
        Checksums.ExtensionChecksum sum = new Checksums.ExtensionChecksum();
        solver.forEachExtension(g, sem, sum);
        return sum.toString();
      }
      case "SE":
        return Checksums.extensions(solver.someExtension(g, sem).map(List::of).orElse(List.of()));
      case "DC":
        return describe(solver.acceptCredulously(g, sem, a));
      case "DS":
        return describe(solver.acceptSkeptically(g, sem, a));
      default:
        throw new IllegalArgumentException("unknown task " + task + "; known: EE, SE, DC, DS");
    }
  }

  private static String describe(Acceptance acceptance) {
    List<Extension> cert = acceptance.certificate().map(List::of).orElse(List.of());
    return (acceptance.accepted() ? "YES " : "NO ") + Checksums.extensions(cert);
  }
}
