package dev.argmap.bench;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.Strengths;
import dev.argmap.semantics.dung.Extension;
import java.util.Collection;
import java.util.Locale;

/**
 * The answer checksums of the TweetyProject peer benchmark ({@code shared/bench/tweety-baseline/README.md}), so
 * that benchmark rows can be checked for the same answer. Arguments are numbered as in an ICCMA file: argument
 * index {@code i} is number {@code i + 1} (which is how {@link AttackGraph#parseIccma} assigns indices).
 */
public final class Checksums {
  private Checksums() {}

  /**
   * The SplitMix64 output function applied to {@code x + 0x9E3779B97F4A7C15}.
   *
   * @param x the input
   * @return the 64-bit hash
   */
  public static long splitMix64(long x) {
    long z = x + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * The extension checksum {@code count/total/fp}: the number of extensions, the sum of their sizes, and the
   * 16-digit hex sum (mod 2^64) over the extensions E of {@code h(sum over a in E of h(a))}, with {@code h} =
   * {@link #splitMix64} and {@code a} the argument number (index + 1). Independent of order.
   *
   * @param extensions the extensions (grounded: a single one)
   * @return the checksum string, e.g. {@code 2/62/9533c9e783e4c3c5}
   */
  public static String extensions(Collection<Extension> extensions) {
    ExtensionChecksum sum = new ExtensionChecksum();
    extensions.forEach(sum);
    return sum.toString();
  }

  /**
   * The checksum of {@link #extensions(Collection)} taken one extension at a time, for enumerations too large to
   * hold: hand it to {@code DungSolver.forEachExtension}, then read {@link #toString()}.
   */
  public static final class ExtensionChecksum implements java.util.function.Consumer<Extension> {
    private long count;
    private long total;
    private long fp;

    @Override
    public void accept(Extension e) {
      long sum = 0;
      for (int a : e.toArray()) {
        sum += splitMix64(a + 1L);
      }
      fp += splitMix64(sum);
      total += e.size();
      count++;
    }

    /** The checksum of the extensions accepted so far, {@code count/total/fp}. */
    @Override
    public String toString() {
      return count + "/" + total + "/" + String.format(Locale.ROOT, "%016x", fp);
    }
  }

  /**
   * The h-categorizer checksum {@code S/W}: {@code S} = sum of the values, {@code W} = sum of
   * {@code (index + 1) * value} divided by the number of arguments, both with 9 decimals.
   *
   * @param strengths converged strengths
   * @return the checksum string, e.g. {@code 509.783408609/254.395400387}
   * @throws IllegalStateException if the strengths did not converge
   */
  public static String strengths(Strengths strengths) {
    double[] v = strengths.toArray();
    double s = 0;
    double w = 0;
    for (int i = 0; i < v.length; i++) {
      s += v[i];
      w += (i + 1.0) * v[i];
    }
    w /= Math.max(1, v.length);
    return String.format(Locale.ROOT, "%.9f/%.9f", s, w);
  }
}
