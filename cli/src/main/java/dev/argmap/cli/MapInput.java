package dev.argmap.cli;

import dev.argmap.io.ReadLimits;
import dev.argmap.json.ArgMapFormatException;
import dev.argmap.json.ArgMapJson;
import dev.argmap.json.JsonProblem;
import dev.argmap.json.JsonReadOptions;
import dev.argmap.model.ArgumentMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/** The {@code FILE} argument of a command: a path, or {@code -} for standard input. */
final class MapInput {
  /** The argument that names standard input. */
  static final String STDIN = "-";

  /** How messages name standard input. A constant, so that code which only names the input need not load this class. */
  static final String STDIN_NAME = "<stdin>";

  private static final JsonFactory JSON = new JsonFactory();

  private final String argument;

  private MapInput(String argument) {
    this.argument = argument;
  }

  static MapInput of(String argument) {
    return new MapInput(argument);
  }

  boolean isStdin() {
    return STDIN.equals(argument);
  }

  /** Returns how messages name the input: the path as given, or {@code <stdin>}. */
  String displayName() {
    return isStdin() ? STDIN_NAME : argument;
  }

  /**
   * Reads the map.
   *
   * @throws NotJsonException if the input is not JSON at all (empty, malformed, not text)
   * @throws ArgMapFormatException if it is JSON but not a valid argmap document
   * @throws IOException if it cannot be read
   */
  ArgumentMap read(InputStream stdin, ReadLimits limits) throws IOException, NotJsonException {
    long max = limits.maxDocumentBytes();
    ArgMapJson.Reader reader = ArgMapJson.reader(JsonReadOptions.builder().limits(limits).build());
    if (isStdin()) {
      // Keep what was read, to tell "not JSON" from "not an argmap document" afterwards.
      byte[] head = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      InputStream all = new SequenceInputStream(new ByteArrayInputStream(head), stdin);
      try {
        return reader.read(all);
      } catch (ArgMapFormatException e) {
        throw classify(e, head.length <= max ? head : null);
      }
    }
    Path path = Path.of(argument);
    try {
      return reader.read(path);
    } catch (ArgMapFormatException e) {
      byte[] bytes = Files.isRegularFile(path) && Files.size(path) <= max ? Files.readAllBytes(path) : null;
      throw classify(e, bytes);
    }
  }

  /** Returns {@code e}, or a {@link NotJsonException} when {@code bytes} are not JSON at all. */
  private static RuntimeException classify(ArgMapFormatException e, byte[] bytes)
      throws NotJsonException {
    if (bytes != null) {
      Optional<String> syntax = syntaxError(bytes);
      if (syntax.isPresent()) {
        // reading stops at malformed JSON, so the reader's last problem describes it best
        List<JsonProblem> problems = e.problems();
        JsonProblem last = problems.stream()
            .max(Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column))
            .orElseThrow();
        throw new NotJsonException("line " + last.line() + ", column " + last.column() + ": "
            + last.message(), e);
      }
    }
    return e;
  }

  /**
   * Returns why {@code bytes} are not one well-formed JSON value, or empty when they are one. Limits
   * such as the nesting depth are not syntax errors: the argmap reader reports them.
   */
  static Optional<String> syntaxError(byte[] bytes) {
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), bytes)) {
      if (parser.nextToken() == null) {
        return Optional.of("the input is empty");
      }
      parser.skipChildren();
      if (parser.nextToken() != null) {
        return Optional.of("more than one JSON value");
      }
      return Optional.empty();
    } catch (StreamReadException e) {
      return Optional.of(e.getOriginalMessage());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The input is not JSON at all: nothing an argmap reader could locate problems in. */
  static final class NotJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    NotJsonException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
