/**
 * Test support for argument maps: {@link dev.argmap.testing.RandomMaps} (seeded random valid maps),
 * {@link dev.argmap.testing.FixtureMaps} (small hand-made maps with every feature and shape),
 * {@link dev.argmap.testing.HostileTexts} (texts that are syntax in some output format),
 * {@link dev.argmap.testing.MiniJson} (a strict JSON reader for test data),
 * {@link dev.argmap.testing.ScoringEquations} (scores solve their semantics' equations),
 * {@link dev.argmap.testing.TestFiles} (input files for a test), and the locators
 * {@link dev.argmap.testing.Above}, {@link dev.argmap.testing.SharedFiles},
 * {@link dev.argmap.testing.ExternalTool} and {@link dev.argmap.testing.NpmTool}, which skip a test
 * with a message saying what is missing and how to provide it.
 */
@NullMarked
package dev.argmap.testing;

import org.jspecify.annotations.NullMarked;
