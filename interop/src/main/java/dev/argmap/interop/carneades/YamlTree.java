package dev.argmap.interop.carneades;

import dev.argmap.io.MapFormatException;

import dev.argmap.interop.internal.Json;
import java.io.Reader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one YAML document into argmap's small JSON tree ({@link Json.Node}, with the line and column of every
 * value), within bounds: at most {@link #MAX_CHARS} characters, {@link #MAX_DEPTH} levels of nesting and
 * {@link #MAX_NODES} values once every alias is replaced by what its anchor holds. The last bound is what
 * stops a "billion laughs" document (aliases of aliases, each multiplying the size): Jackson's replaying
 * parser expands aliases token by token as they are read, and refuses to replay more than its own cap of
 * events; the reader also stops the moment its count passes {@link #MAX_NODES}, having held no more.
 *
 * <p>A repeated key is an error, as in the YAML library Carneades uses; so are tags the reader does not
 * know (it reads plain data only).
 */
final class YamlTree {
  /** The longest document read, in characters (Unicode code points). */
  static final int MAX_CHARS = 8 * 1024 * 1024;
  /** The deepest nesting of mappings and sequences read. */
  static final int MAX_DEPTH = 64;
  /** The most values a document may stand for, counting each alias as the values of its anchor. */
  static final int MAX_NODES = 500_000;

  private static final YAMLFactory FACTORY = YAMLAnchorReplayingFactory.builder()
      .loadSettings(LoadSettings.builder()
          .setCodePointLimit(MAX_CHARS)
          .setAllowRecursiveKeys(false)
          .setMaxAliasesForCollections(50)
          .build())
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH + 1)
          .maxDocumentLength(MAX_CHARS)
          .build())
      .build();

  private final YAMLParser parser;
  private long nodes;

  private YamlTree(YAMLParser parser) {
    this.parser = parser;
  }

  /**
   * Parses a document.
   *
   * @param in the text; not closed
   * @return the root value; an empty document is an empty mapping
   * @throws MapFormatException if the text is not YAML, breaks a bound, repeats a key, or holds more than
   *     one document, with the line and column
   */
  static Json.Node parse(Reader in) {
    try (YAMLParser p = (YAMLParser) FACTORY.createParser(ObjectReadContext.empty(), in)) {
      YamlTree tree = new YamlTree(p);
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Json.Obj(1, 1);
      }
      Json.Node root = tree.value(t, 0);
      JsonToken extra = p.nextToken();
      if (extra != null) {
        TokenStreamLocation l = p.currentTokenLocation();
        throw new MapFormatException("a second YAML document follows the first; a Carneades file holds one",
            l.getLineNr(), l.getColumnNr());
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      int line = l == null ? 0 : Math.max(0, l.getLineNr());
      int column = l == null ? 0 : Math.max(0, l.getColumnNr());
      String message = e.getOriginalMessage();
      if (message != null && (message.contains("code points") || message.contains("Document length"))) {
        message = "the document is longer than " + MAX_CHARS + " characters, the most argmap reads";
      } else if (message != null && message.contains("events to replay")) {
        message = "the document's aliases stand for more values than argmap replays (" + message + "; an alias"
            + " bomb?)";
      }
      throw new MapFormatException("not valid YAML: " + firstLine(message), line, column, e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }

  private Json.Node value(JsonToken t, int depth) {
    TokenStreamLocation l = parser.currentTokenLocation();
    int line = l.getLineNr();
    int column = l.getColumnNr();
    if (parser.isCurrentAlias()) {
      // the replaying parser expands every alias whose anchor it has seen; one left is dangling
      throw new MapFormatException("the alias *" + parser.getString() + " names no anchor &" + parser.getString()
          + " above it", line, column);
    }
    if (depth > MAX_DEPTH) {
      throw new MapFormatException("the document nests deeper than " + MAX_DEPTH + " levels, the most argmap"
          + " reads", line, column);
    }
    count(line, column);
    Json.Node node;
    switch (t) {
      case START_OBJECT: {
        Json.Obj o = new Json.Obj(line, column);
        JsonToken n;
        while ((n = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          TokenStreamLocation nl = parser.currentTokenLocation();
          if (o.get(name) != null) {
            throw new MapFormatException("the key \"" + name + "\" is repeated in this mapping; give each key once",
                nl.getLineNr(), nl.getColumnNr());
          }
          o.put(name, value(parser.nextToken(), depth + 1));
        }
        node = o;
        break;
      }
      case START_ARRAY: {
        Json.Arr a = new Json.Arr(line, column);
        JsonToken n;
        while ((n = parser.nextToken()) != JsonToken.END_ARRAY) {
          a.items().add(value(n, depth + 1));
        }
        node = a;
        break;
      }
      case VALUE_STRING:
        node = new Json.Str(parser.getString(), line, column);
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        node = new Json.Num(parser.getString(), line, column);
        break;
      case VALUE_TRUE:
        node = new Json.Bool(true, line, column);
        break;
      case VALUE_FALSE:
        node = new Json.Bool(false, line, column);
        break;
      case VALUE_NULL:
        node = new Json.Null(line, column);
        break;
      default:
        throw new MapFormatException("unexpected YAML token " + t, line, column);
    }
    return node;
  }

  private void count(int line, int column) {
    nodes++;
    if (nodes > MAX_NODES) {
      throw new MapFormatException("the document stands for more than " + MAX_NODES + " values once its aliases"
          + " are expanded (an alias bomb?); argmap reads no more", line, column);
    }
  }
}
