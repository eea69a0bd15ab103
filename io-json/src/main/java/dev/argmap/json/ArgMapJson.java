package dev.argmap.json;

import dev.argmap.internal.io.AtomicFiles;
import dev.argmap.json.internal.JsonCodec;
import dev.argmap.json.internal.StreamedMapWriter;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Reads and writes argument maps in argmap's JSON format: it writes version 2 and reads versions 1
 * and 2. A version-1 document is upgraded as it is read: an evidence item's voice is derived from
 * its speaker (a direct quotation with one, the source's voice without), and every person is one
 * person.
 *
 * <pre>{@code
 * ArgumentMap map = ArgMapJson.read(Path.of("map.json"));
 * ArgMapJson.write(map, Path.of("map.json"));          // atomic: all or nothing
 * String json = ArgMapJson.writeString(map);
 * }</pre>
 *
 * <p>Writing is deterministic: the same map always gives the same bytes (UTF-8, properties in a fixed
 * order, two spaces of indentation, {@code \n} line ends, a final line end, numbers in their shortest
 * form that reads back exactly), and {@code read(write(map))} equals {@code map}.
 *
 * <p>Reading is strict and safe for untrusted input: every problem of a document is reported with its
 * line, column and JSON path in one {@link ArgMapFormatException}, within the limits of
 * {@link JsonReadOptions#defaults()}; use {@link #reader(JsonReadOptions)} for others.
 *
 * <p>All methods are thread-safe.
 */
public final class ArgMapJson {
  /** The version of the format this library writes, the newest it reads. */
  public static final int FORMAT_VERSION = 2;

  private static final Reader DEFAULT_READER = new Reader(JsonReadOptions.defaults());
  private static final String SCHEMA_RESOURCE = "argmap-%d.schema.json";

  private ArgMapJson() {}

  /**
   * Reads a map from a file, with the default options. The file's size is checked before it is read.
   *
   * @param path the file
   * @return the map
   * @throws ArgMapFormatException if the file is not a valid argmap document
   * @throws IOException if the file cannot be read
   */
  public static ArgumentMap read(Path path) throws IOException {
    return DEFAULT_READER.read(path);
  }

  /**
   * Reads a map from a stream, to its end, with the default options. The stream is not closed.
   *
   * @param in the stream of UTF-8 bytes
   * @return the map
   * @throws ArgMapFormatException if the stream does not hold a valid argmap document
   * @throws IOException if the stream cannot be read
   */
  public static ArgumentMap read(InputStream in) throws IOException {
    return DEFAULT_READER.read(in);
  }

  /**
   * Reads a map from a string, with the default options.
   *
   * @param json the document
   * @return the map
   * @throws ArgMapFormatException if the string is not a valid argmap document
   */
  public static ArgumentMap readString(String json) {
    return DEFAULT_READER.readString(json);
  }

  /**
   * Writes a map to a file, atomically: the document is written to a temporary file in the same
   * directory and then moved over {@code path}, so the file holds the old document or the new one,
   * never part of one. When writing fails the old file is left as it was and no temporary file is
   * left behind. A symbolic link at {@code path} is followed and stays a link; the permissions of a
   * replaced file are kept; a device or pipe (such as {@code /dev/stdout}) is written to, not replaced.
   *
   * @param map the map
   * @param path the file
   * @throws IOException if the file cannot be written
   */
  public static void write(ArgumentMap map, Path path) throws IOException {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(path, "path");
    AtomicFiles.write(path, out -> write(map, out));
  }

  /**
   * Writes a map to a stream, as UTF-8. The stream is flushed, not closed.
   *
   * @param map the map
   * @param out the stream
   * @throws IOException if the stream cannot be written
   */
  public static void write(ArgumentMap map, OutputStream out) throws IOException {
    try {
      JsonCodec.write(map, out);
      out.flush();
    } catch (JacksonIOException e) {
      throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
    }
  }

  /**
   * Writes a map part by part, atomically as {@link #write(ArgumentMap, Path)} does, without holding
   * it: {@code content} gives the parts to a {@link MapStreamWriter} in the format's order. The file
   * is the one {@link #write(ArgumentMap, Path)} writes for the map with those parts. When
   * {@code content} throws, the old file is left as it was.
   *
   * @param path the file
   * @param content what to write
   * @throws IOException if the file cannot be written, or {@code content} fails
   * @throws IllegalStateException if the parts come out of order
   */
  public static void writeStreamed(Path path, MapStreamWriter.Content content) throws IOException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    AtomicFiles.write(path, out -> writeStreamed(out, content));
  }

  /**
   * Writes a map part by part to a stream, as UTF-8. The stream is flushed, not closed.
   *
   * @param out the stream
   * @param content what to write
   * @throws IOException if the stream cannot be written, or {@code content} fails
   * @throws IllegalStateException if the parts come out of order
   */
  public static void writeStreamed(OutputStream out, MapStreamWriter.Content content)
      throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(content, "content");
    try {
      MapStreamWriter writer = new MapStreamWriter(new StreamedMapWriter(out));
      content.writeTo(writer);
      writer.finish();
      out.flush();
    } catch (JacksonIOException e) {
      throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
    }
  }

  /**
   * Reads a file as a stream of its parts, with the default options, handing each to
   * {@code visitor} as it is read, so that the map is never held whole; see {@link MapVisitor} for
   * what is checked. The file's size is checked before it is read.
   *
   * @param path the file
   * @param visitor what receives the parts
   * @throws ArgMapFormatException if the file is not a valid argmap document; thrown when it has been
   *     read, listing every problem
   * @throws IOException if the file cannot be read
   */
  public static void stream(Path path, MapVisitor visitor) throws IOException {
    DEFAULT_READER.stream(path, visitor);
  }

  /**
   * Returns a map as a document.
   *
   * @param map the map
   * @return the document, ending with a line end
   */
  public static String writeString(ArgumentMap map) {
    return JsonCodec.writeString(map);
  }

  /**
   * Returns a reader with other limits or strictness than the defaults.
   *
   * @param options the options
   * @return the reader
   */
  public static Reader reader(JsonReadOptions options) {
    return new Reader(options);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the format, version {@value #FORMAT_VERSION}, the
   * version the writer writes. The reader is stricter than the schema: it also checks the model's
   * rules, such as references between elements.
   *
   * @return the schema's text
   */
  public static String schema() {
    return schema(FORMAT_VERSION);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of a version of the format that this library reads.
   *
   * @param version the version, 1 or 2
   * @return the schema's text
   * @throws IllegalArgumentException if this library does not read that version
   */
  public static String schema(int version) {
    if (version < 1 || version > FORMAT_VERSION) {
      throw new IllegalArgumentException("unsupported formatVersion " + version
          + ": this library knows versions 1 to " + FORMAT_VERSION);
    }
    String resource = String.format(java.util.Locale.ROOT, SCHEMA_RESOURCE, version);
    try (InputStream in = ArgMapJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + resource + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads maps with given {@link JsonReadOptions}. Immutable and thread-safe. */
  public static final class Reader {
    private final JsonCodec codec;

    private Reader(JsonReadOptions options) {
      this.codec = JsonCodec.of(options);
    }

    /**
     * Returns the options of this reader.
     *
     * @return the options
     */
    public JsonReadOptions options() {
      return codec.options();
    }

    /**
     * Reads a map from a file. The file's size is checked before it is read.
     *
     * @param path the file
     * @return the map
     * @throws ArgMapFormatException if the file is not a valid argmap document
     * @throws IOException if the file cannot be read
     */
    public ArgumentMap read(Path path) throws IOException {
      return codec.read(path);
    }

    /**
     * Reads a map from a stream, to its end; its bytes are counted against the limit as they are
     * read. The stream is not closed.
     *
     * @param in the stream of UTF-8 bytes
     * @return the map
     * @throws ArgMapFormatException if the stream does not hold a valid argmap document
     * @throws IOException if the stream cannot be read
     */
    public ArgumentMap read(InputStream in) throws IOException {
      return codec.read(in);
    }

    /**
     * Reads a map from a string.
     *
     * @param json the document
     * @return the map
     * @throws ArgMapFormatException if the string is not a valid argmap document
     */
    public ArgumentMap readString(String json) {
      return codec.readString(json);
    }

    /**
     * Reads a file as a stream of its parts, handing each to {@code visitor} as it is read; the
     * limits of this reader's options apply as they do to {@link #read(Path)}. The format and its
     * version must come before the lists of elements, as the writer puts them.
     *
     * @param path the file
     * @param visitor what receives the parts
     * @throws ArgMapFormatException if the file is not a valid argmap document; thrown when it has
     *     been read, listing every problem (elements with problems are not handed over)
     * @throws IOException if the file cannot be read
     */
    public void stream(Path path, MapVisitor visitor) throws IOException {
      codec.stream(path, visitor);
    }

    /**
     * Reads a stream, to its end, as a stream of its parts, handing each to {@code visitor}. The
     * stream is not closed.
     *
     * @param in the stream of UTF-8 bytes
     * @param visitor what receives the parts
     * @throws ArgMapFormatException if the stream does not hold a valid argmap document
     * @throws IOException if the stream cannot be read
     */
    public void stream(InputStream in, MapVisitor visitor) throws IOException {
      codec.stream(in, visitor);
    }
  }
}
