/**
 * Runnable examples of argmap's API, each a class with a {@code main} that prints what it does.
 * After {@code mvn -q -DskipTests install}, run one from the repository's root with {@code java -cp
 * examples/target/classes:cli/target/argmap.jar dev.argmap.examples.QueryTheMap} (the runnable jar
 * carries the library and its dependencies), or from an IDE. {@code ExamplesTest} runs every one.
 */
@NullMarked
package dev.argmap.examples;

import org.jspecify.annotations.NullMarked;
