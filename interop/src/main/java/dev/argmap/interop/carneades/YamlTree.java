package dev.argmap.interop.carneades;

import dev.argmap.interop.InteropException;
import dev.argmap.interop.internal.Json;
import java.io.Reader;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one YAML document into argmap's small JSON tree ({@link Json.Node}, with the line and column of every
 * value), within bounds: at most {@link #MAX_CHARS} characters, {@link #MAX_DEPTH} levels of nesting and
 * {@link #MAX_NODES} values once every alias is counted as the values it stands for. The last bound is what
 * stops a "billion laughs" document (aliases of aliases, each doubling the size): aliases share the anchored
 * value rather than copy it, but anything that walks the tree would walk every copy, so the reader refuses
 * such a document before anything walks it.
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

  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .loadSettings(LoadSettings.builder()
          .setCodePointLimit(MAX_CHARS)
          .setAllowRecursiveKeys(false)
          .setMaxAliasesForCollections(50)
          .build())
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH + 1)
          .maxDocumentLength(MAX_CHARS)
          .build())
      .build();

  private final YAMLParser parser;
  private final Map<String, Json.Node> anchors = new HashMap<>();
  private final Map<Json.Node, Long> sizes = new IdentityHashMap<>();
  private long nodes;

  private YamlTree(YAMLParser parser) {
    this.parser = parser;
  }

  /**
   * Parses a document.
   *
   * @param in the text; not closed
   * @return the root value; an empty document is an empty mapping
   * @throws InteropException if the text is not YAML, breaks a bound, repeats a key, or holds more than
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
        throw new InteropException("a second YAML document follows the first; a Carneades file holds one",
            l.getLineNr(), l.getColumnNr());
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      int line = l == null ? 0 : Math.max(0, l.getLineNr());
      int column = l == null ? 0 : Math.max(0, l.getColumnNr());
      String message = e.getOriginalMessage();
      if (message != null && message.contains("code points")) {
        message = "the document is longer than " + MAX_CHARS + " characters, the most argmap reads";
      }
      throw new InteropException("not valid YAML: " + firstLine(message), line, column, e);
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
      String name = parser.getString();
      Json.Node target = anchors.get(name);
      if (target == null) {
        throw new InteropException("the alias *" + name + " names no anchor &" + name + " above it", line,
            column);
      }
      count(sizes.getOrDefault(target, 1L), line, column);
      return target;
    }
    String anchor = parser.getObjectId();
    if (depth > MAX_DEPTH) {
      throw new InteropException("the document nests deeper than " + MAX_DEPTH + " levels, the most argmap"
          + " reads", line, column);
    }
    long before = nodes;
    count(1, line, column);
    Json.Node node;
    switch (t) {
      case START_OBJECT: {
        Json.Obj o = new Json.Obj(line, column);
        JsonToken n;
        while ((n = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          TokenStreamLocation nl = parser.currentTokenLocation();
          if (o.get(name) != null) {
            throw new InteropException("the key \"" + name + "\" is repeated in this mapping; give each key once",
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
        throw new InteropException("unexpected YAML token " + t, line, column);
    }
    if (anchor != null) {
      anchors.put(anchor, node);
      sizes.put(node, nodes - before);
    }
    return node;
  }

  private void count(long n, int line, int column) {
    nodes += n;
    if (nodes > MAX_NODES) {
      throw new InteropException("the document stands for more than " + MAX_NODES + " values once its aliases"
          + " are expanded (an alias bomb?); argmap reads no more", line, column);
    }
  }
}
