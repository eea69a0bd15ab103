package dev.argmap.json.internal;

import dev.argmap.internal.io.BoundedInputStream;
import dev.argmap.json.ArgMapFormatException;
import dev.argmap.json.JsonReadOptions;
import dev.argmap.json.MapVisitor;
import dev.argmap.model.ArgumentMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes argmap documents with given {@link JsonReadOptions}: sets up Jackson's parser and
 * generator (limits, strict duplicate detection, the format's layout) and turns every failure into an
 * {@link ArgMapFormatException} with a line and column, or an {@link IOException} when I/O fails.
 *
 * <p>Documents are decoded as strict UTF-8 (a leading byte order mark is skipped) and parsed as
 * characters, so that columns count characters, not bytes.
 */
public final class JsonCodec {
  private static final JsonFactory WRITE_FACTORY =
      JsonFactory.builder()
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private static final JsonCodec DEFAULT = new JsonCodec(JsonReadOptions.defaults());

  private final JsonReadOptions options;
  private final JsonFactory readFactory;
  /**
   * The factory of the first pass: Jackson's duplicate detection (a hash set per object, a sixth of
   * the read) is off, because the first pass finds repeated names itself and only has to tell that
   * there is a problem; the second pass, with {@link #readFactory}, reports it in Jackson's words.
   * Names are interned, so that they are the very strings of {@link Names} and compare by identity.
   */
  private final JsonFactory firstPassFactory;

  private JsonCodec(JsonReadOptions options) {
    this.options = options;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(options.maxNestingDepth())
            .maxStringLength(options.maxStringLength())
            .maxNameLength(options.maxStringLength())
            .maxDocumentLength(-1)
            .build();
    this.readFactory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(constraints)
            .build();
    this.firstPassFactory =
        JsonFactory.builder()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .streamReadConstraints(constraints)
            .build();
  }

  /** Returns the codec with the given options. */
  public static JsonCodec of(JsonReadOptions options) {
    Objects.requireNonNull(options, "options");
    return options.equals(JsonReadOptions.defaults()) ? DEFAULT : new JsonCodec(options);
  }

  /** Returns the codec's options. */
  public JsonReadOptions options() {
    return options;
  }

  // ---------------------------------------------------------------- reading

  /** Reads a file; its size is checked before it is parsed. */
  public ArgumentMap read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    String source = path.toString();
    long size = Files.size(path);
    if (size > options.maxDocumentBytes()) {
      throw tooLarge(source, size);
    }
    return readFile(path, source);
  }

  /**
   * Reads a file: first the fast way, parsing UTF-8 bytes and recording no positions; only a file
   * with a problem is read again, as characters with positions, to report where its problems are.
   */
  private ArgumentMap readFile(Path path, String source) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      ArgumentMap map = readFast(new FirstPassStream(in, false));
      if (map != null) {
        return map;
      }
    }
    try (InputStream in = Files.newInputStream(path)) {
      return readWithPositions(in, source);
    }
  }

  /**
   * Reads a stream the same two ways: its bytes are kept while the fast reading goes on, so that a
   * document with a problem is read again from them and the rest of the stream. A document that
   * may be too large to keep in an array is read the slow way only.
   */
  private ArgumentMap readStream(InputStream in, String source) throws IOException {
    if (options.maxDocumentBytes() > FirstPassStream.MAX_KEPT) {
      return readWithPositions(in, source);
    }
    FirstPassStream first = new FirstPassStream(in, true);
    ArgumentMap map = readFast(first);
    return map != null ? map : readWithPositions(first.replay(), source);
  }

  /** Returns the map when the document has no problem at all, or null. */
  private ArgumentMap readFast(FirstPassStream in) throws IOException {
    long max = options.maxDocumentBytes();
    InputStream bounded = BoundedInputStream.notClosing(in, max, count -> {
      throw new DocumentTooLargeException(max);
    });
    try (JsonParser p = firstPassFactory.createParser(ObjectReadContext.empty(), bounded)) {
      return new MapReader(p, options.ignoreUnknownProperties(), options.maxArrayElements(), false)
          .readDocument();
    } catch (MapReader.Stop | JacksonException e) {
      if (e instanceof JacksonIOException io && !isFirstPassEnd(io.getCause())) {
        throw io.getCause() == null ? new IOException(io.getMessage(), io) : io.getCause();
      }
      return null;
    }
  }

  private static boolean isFirstPassEnd(IOException e) {
    return e instanceof FirstPassStream.NotPlainUtf8 || e instanceof FirstPassStream.TooLongToKeep
        || e instanceof DocumentTooLargeException;
  }

  /** Reads a stream to its end, counting its bytes; does not close it. */
  public ArgumentMap read(InputStream in) throws IOException {
    return readStream(Objects.requireNonNull(in, "in"), null);
  }

  /** Reads a document held in a string. */
  public ArgumentMap readString(String json) {
    Objects.requireNonNull(json, "json");
    long bytes = utf8Length(json);
    if (bytes > options.maxDocumentBytes()) {
      throw tooLarge(null, bytes);
    }
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    try (JsonParser p = readFactory.createParser(ObjectReadContext.empty(), text)) {
      return parse(p, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: no I/O
    }
  }

  /**
   * Reads a file as a stream of its parts, handing each to {@code visitor}; the file's size is
   * checked first. Reads with positions, which every element is handed over with.
   */
  public void stream(Path path, MapVisitor visitor) throws IOException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(visitor, "visitor");
    long size = Files.size(path);
    if (size > options.maxDocumentBytes()) {
      throw tooLarge(path.toString(), size);
    }
    try (InputStream in = Files.newInputStream(path)) {
      readWithPositions(in, path.toString(), new MapSink.Visiting(visitor));
    }
  }

  /** Reads a stream, to its end, as a stream of its parts; does not close it. */
  public void stream(InputStream in, MapVisitor visitor) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(visitor, "visitor");
    readWithPositions(in, null, new MapSink.Visiting(visitor));
  }

  private ArgumentMap readWithPositions(InputStream in, String source) throws IOException {
    return readWithPositions(in, source, null);
  }

  private ArgumentMap readWithPositions(InputStream in, String source, MapSink sink)
      throws IOException {
    long max = options.maxDocumentBytes();
    InputStream bounded = BoundedInputStream.notClosing(in, max, count -> {
      throw new DocumentTooLargeException(max);
    });
    try (JsonParser p = readFactory.createParser(ObjectReadContext.empty(), new Utf8Reader(bounded))) {
      return parse(p, source, sink);
    }
  }

  private ArgumentMap parse(JsonParser p, String source) throws IOException {
    return parse(p, source, null);
  }

  private ArgumentMap parse(JsonParser p, String source, MapSink sink) throws IOException {
    MapReader reader = sink == null
        ? new MapReader(p, options.ignoreUnknownProperties(), options.maxArrayElements())
        : new MapReader(p, options.ignoreUnknownProperties(), options.maxArrayElements(), sink);
    try {
      return reader.readDocument();
    } catch (MapReader.Stop stop) {
      throw reader.failure(source);
    } catch (JacksonIOException e) {
      IOException cause = e.getCause();
      if (cause instanceof DocumentTooLargeException) {
        reader.addProblem(p.currentLocation(), "the document is larger than the limit of "
            + options.maxDocumentBytes() + " bytes");
      } else if (cause instanceof CharacterCodingException) {
        String message = cause.getMessage();
        reader.addProblem(p.currentLocation(), message != null && message.startsWith("the document")
            ? message
            : "the document is not valid UTF-8 text");
      } else {
        throw cause == null ? new IOException(e.getMessage(), e) : cause;
      }
      throw reader.failure(source);
    } catch (JacksonException e) {
      addJacksonProblem(reader, p, e);
      throw reader.failure(source);
    }
  }

  /** Reads one map as a value inside a larger document; used by the Jackson module. */
  static ArgumentMap readValue(JsonParser p, JsonReadOptions options) {
    MapReader reader = new MapReader(p, options.ignoreUnknownProperties(),
        options.maxArrayElements());
    try {
      return reader.readValue();
    } catch (MapReader.Stop stop) {
      throw reader.failure(null);
    }
  }

  static void addJacksonProblem(MapReader reader, JsonParser p, JacksonException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    TokenStreamLocation location = e.getLocation();
    String message;
    if (e instanceof StreamConstraintsException) {
      message = JacksonMessages.limit(original);
      location = original.startsWith("String value length")
          ? p.currentTokenLocation()
          : p.currentLocation();
      reader.addProblem(location, message);
    } else {
      message = JacksonMessages.syntax(original);
      reader.addProblem(location, message, JacksonMessages.isBetweenEntries(original));
    }
  }

  private ArgMapFormatException tooLarge(String source, long size) {
    return new ArgMapFormatException(source, java.util.List.of(new Pos(1, 1, Paths.ROOT).problem(
        "the document is " + size + " bytes long, larger than the limit of "
            + options.maxDocumentBytes() + " bytes")));
  }

  static long utf8Length(String s) {
    long bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  // ---------------------------------------------------------------- writing

  /** Writes a document: UTF-8, the format's layout, a final line end; does not close the stream. */
  public static void write(ArgumentMap map, OutputStream out) {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = WRITE_FACTORY.createGenerator(new LayoutContext(), out,
        JsonEncoding.UTF8)) {
      new MapWriter(g, true).write(map);
      g.writeRaw('\n');
    }
  }

  /** Returns a generator that writes the format's layout in UTF-8; it does not close the stream. */
  static JsonGenerator generator(OutputStream out) {
    return WRITE_FACTORY.createGenerator(new LayoutContext(), out, JsonEncoding.UTF8);
  }

  /** Returns the document as a string. */
  public static String writeString(ArgumentMap map) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(map, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes a map with a generator set up by someone else; used by the Jackson module. */
  static void writeValue(ArgumentMap map, JsonGenerator g) {
    new MapWriter(g, false).write(map);
  }

  /** Gives each generator its own instance of the format's layout. */
  private static final class LayoutContext extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new FormatPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }
}
