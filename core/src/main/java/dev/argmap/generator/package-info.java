/**
 * Seeded generators of random, valid argument maps, for property tests and benchmarks: the same seed
 * and settings always give the same map.
 */
package dev.argmap.generator;
