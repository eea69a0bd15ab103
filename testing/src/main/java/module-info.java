/**
 * argmap testing: test support for argmap's users and for argmap's own tests, the way guava-testlib
 * serves Guava's. Seeded random maps, the fixture maps, hostile texts, a small strict JSON reader for
 * test data, the scoring-equations check, and locators for files above the working directory (the
 * {@code ../shared} folder) and for external tools, which skip a test with an install hint when what
 * it needs is absent.
 *
 * <p>Use it in test scope only. It depends on JUnit Jupiter's API (to skip) and AssertJ (to check).
 */
module dev.argmap.testing {
  requires transitive dev.argmap.core;
  requires org.junit.jupiter.api;
  requires org.assertj.core;

  exports dev.argmap.testing;
}
