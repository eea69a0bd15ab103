package dev.argmap.exercises;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** A seeded source of randomness: the same seed gives the same draws on every JVM. */
final class Rand {
  private final SplittableRandom random;

  Rand(long seed, int stream) {
    this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0xD1B54A32D192ED03L * (stream + 1));
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  boolean nextBoolean() {
    return random.nextBoolean();
  }

  /** Returns a shuffled copy (Fisher-Yates). */
  <T> List<T> shuffled(List<T> list) {
    List<T> out = new ArrayList<>(list);
    for (int i = out.size() - 1; i > 0; i--) {
      Collections.swap(out, i, random.nextInt(i + 1));
    }
    return out;
  }

  /** Returns up to {@code k} elements drawn without replacement, in draw order. */
  <T> List<T> sample(List<T> list, int k) {
    List<T> s = shuffled(list);
    return new ArrayList<>(s.subList(0, Math.min(k, s.size())));
  }
}
