package dev.argmap.cli;

import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScores;
import dev.argmap.semantics.Strengths;
import java.util.Iterator;
import java.util.List;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of the commands that score: which gradual semantics, and which evaluation scheme. */
final class Semantics {
  @Option(
      names = "--semantics",
      paramLabel = "NAME",
      defaultValue = "df-quad",
      converter = GradualConverter.class,
      completionCandidates = GradualNames.class,
      description = "The gradual semantics: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  GradualSemantics semantics;

  @Option(
      names = "--scheme",
      paramLabel = "SCHEME",
      defaultValue = "auto",
      converter = SchemeConverter.class,
      description = "How to evaluate: auto (exact on acyclic input, else iterate), topological, jacobi or rk4"
          + " (default: ${DEFAULT-VALUE}).")
  EvaluationScheme scheme;

  @Option(
      names = "--time-limit",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "Stop an iterative evaluation, and the explanations, after SECONDS (default:"
          + " ${DEFAULT-VALUE}); what is not done by then is reported as not computed, exit 1.")
  long timeLimit;

  /** The moment this command's scoring started, for its overall deadline. */
  private final long started = System.nanoTime();

  EvaluationOptions options() {
    return EvaluationOptions.builder().scheme(scheme).timeBudget(timeBudget()).build();
  }

  /** Returns the time limit as a duration; an invalid limit is refused by {@link #checkTimeLimit}. */
  Duration timeBudget() {
    return Duration.ofSeconds(Math.max(1, timeLimit));
  }

  /** Returns the reason the {@code --time-limit} is unusable, or empty. */
  Optional<String> checkTimeLimit() {
    return timeLimit < 1
        ? Optional.of("--time-limit must be at least 1 second but was " + timeLimit)
        : Optional.empty();
  }

  /** Tells whether the command has used up its {@code --time-limit}. */
  boolean timeIsUp() {
    return System.nanoTime() - started > timeBudget().toNanos();
  }

  /** Reads a gradual semantics by its identifier, for example {@code df-quad}. */
  static final class GradualConverter implements ITypeConverter<GradualSemantics> {
    @Override
    public GradualSemantics convert(String value) {
      try {
        return GradualSemantics.fromId(value.strip().toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The identifiers of the gradual semantics, for help and completion. */
  static final class GradualNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return GradualSemantics.builtIns().stream().map(GradualSemantics::id).iterator();
    }
  }

  /** Reads an evaluation scheme by its name, in any case. */
  static final class SchemeConverter implements ITypeConverter<EvaluationScheme> {
    @Override
    public EvaluationScheme convert(String value) {
      for (EvaluationScheme s : EvaluationScheme.values()) {
        if (s.name().equalsIgnoreCase(value.strip())) {
          return s;
        }
      }
      throw new TypeConversionException(
          "unknown scheme '" + value + "'; known: auto, topological, jacobi, rk4");
    }
  }

  /** Returns how the values were obtained, for example {@code exact: one pass in topological order}. */
  static String status(Strengths.Status status, EvaluationScheme scheme, int iterations, double residual) {
    return switch (status) {
      case EXACT -> "exact: acyclic, one pass in topological order";
      case CONVERGED -> "converged: " + scheme.name().toLowerCase(Locale.ROOT) + " in " + iterations
          + " iterations, residual " + residual;
      case NOT_CONVERGED -> "not converged: " + scheme.name().toLowerCase(Locale.ROOT) + " stopped after "
          + iterations + " iterations with residual " + residual;
    };
  }

  /** Returns the one-line reason why scores could not be computed. */
  static String notConverged(GradualSemantics s, String input, MapScores scores) {
    return notConverged(s, input, scores.scheme(), scores.iterations(), scores.residual(),
        scores.strengths().tolerance(), scores.strengths().timedOut());
  }

  static String notConverged(GradualSemantics s, String input, Strengths strengths) {
    return notConverged(s, input, strengths.scheme(), strengths.iterations(), strengths.residual(),
        strengths.tolerance(), strengths.timedOut());
  }

  private static String notConverged(GradualSemantics s, String input, EvaluationScheme scheme, int iterations,
      double residual, double tolerance, boolean timedOut) {
    if (timedOut) {
      return s.id() + " did not converge on " + input + " within the time limit: "
          + scheme.name().toLowerCase(Locale.ROOT) + " stopped after " + iterations
          + " iterations with residual " + residual + " > tolerance " + tolerance
          + "; no scores printed (raise --time-limit SECONDS)";
    }
    return s.id() + " did not converge on " + input + ": " + scheme.name().toLowerCase(Locale.ROOT)
        + " stopped after " + iterations + " iterations with residual " + residual + " > tolerance " + tolerance
        + "; no scores printed (try --scheme " + (scheme == EvaluationScheme.RK4 ? "jacobi" : "rk4") + ")";
  }

  /**
   * Returns the message of an exception of the scoring engine with its advice for Java callers turned into
   * advice for the command line.
   */
  static String advice(IllegalArgumentException e) {
    String m = Errors.describe(e);
    for (List<String> r : List.of(
        List.of("; to iterate anyway, force a scheme with", "; to iterate anyway, add --scheme rk4 or --scheme jacobi"),
        List.of("; use EvaluationScheme.AUTO, JACOBI or RK4", "; use --scheme auto, jacobi or rk4"),
        List.of("; convert it with toAttackGraph() to drop them, or use a bipolar semantics",
            "; use a bipolar semantics (df-quad, quad, euler-based, quadratic-energy)"))) {
      int at = m.indexOf(r.get(0));
      if (at >= 0) {
        return m.substring(0, at) + r.get(1);
      }
    }
    return m;
  }
}
