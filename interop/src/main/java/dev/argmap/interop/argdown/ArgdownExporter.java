package dev.argmap.interop.argdown;

import dev.argmap.io.MapExporter;
import dev.argmap.io.LossReport;
import dev.argmap.io.MapFormat;
import dev.argmap.interop.InteropFormats;

import dev.argmap.interop.internal.Framework;
import dev.argmap.interop.internal.Losses;

import dev.argmap.interop.internal.Names;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes any map as Argdown that the reference parser ({@code @argdown/cli} 1.7.5) accepts and that
 * {@link ArgdownImporter} reads back to the same statements, arguments and relations.
 *
 * <ul>
 *   <li>The map's title and description go into the frontmatter.
 *   <li>Each statement: {@code [Title]: text #tag #(other tag) {data}}, separated by blank lines. The title
 *       is the statement's title when it can be one (no brackets or line breaks, unique), else its
 *       identifier. The data holds what Argdown has no syntax for: {@code text} when the text has line breaks
 *       (the text shown has spaces for them), {@code id} when the title's slug is not
 *       the identifier, {@code title} when the title shown is not the statement's, {@code notes},
 *       {@code tags} that cannot be written as {@code #tags}, and {@code thesis: true} for theses.
 *   <li>Each argument: {@code <Title>: notes {data}} (or {@code <Title> {data}} without notes), then its
 *       premise-conclusion structure: the premises
 *       {@code (1) [P1]}, {@code (2) [P2]} (linked co-premises), a bar carrying the scheme as inference rule
 *       ({@code -- scheme --}, else {@code ----}), and the conclusion. A supporting argument concludes its
 *       conclusion statement. Any other argument concludes a statement of its own, {@code [Title
 *       (conclusion)] {argmap: "conclusion"}}, with one relation under it: {@code -> [C]} for an attack on a
 *       statement, {@code _> <A>} for an undercut, {@code +> <A>} for a support of an argument. The title is
 *       the label when it can be one, else the identifier; the data holds {@code id}, {@code label} and
 *       {@code weight} as for statements, and {@code notes} and {@code scheme} when they have line breaks.
 * </ul>
 *
 * <p>Text is escaped so that Argdown reads it as it is; line breaks become spaces in
 * what Argdown shows, and the exact text goes into the data. Evidence and sources
 * have no place in Argdown and are left out; see {@code docs/formats/argdown.md}. Immutable and thread-safe.
 */
public final class ArgdownExporter implements MapExporter {
  private static final Pattern SIMPLE_TAG =
      Pattern.compile("[a-zA-Z0-9\\-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+");

  /** Creates the exporter. */
  public ArgdownExporter() {}

  @Override
  public MapFormat format() {
    return InteropFormats.ARGDOWN;
  }

  @Override
  public LossReport losses(ArgumentMap map) {
    return Losses.report(format(), Objects.requireNonNull(map, "map"));
  }

  @Override
  public void write(ArgumentMap map, Writer out) throws IOException {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(out, "out");
    StringBuilder s = new StringBuilder();
    if (map.title().isPresent() || map.description().isPresent()) {
      s.append("===\n");
      map.title().ifPresent(t -> {
        s.append("title: ");
        YamlFlow.quote(t, s);
        s.append('\n');
      });
      map.description().ifPresent(d -> {
        s.append("description: ");
        YamlFlow.quote(d, s);
        s.append('\n');
      });
      s.append("===\n\n");
    }
    Set<String> statementTitles = new HashSet<>();
    Map<StatementId, String> titles = new HashMap<>();
    for (Statement st : map.statements()) {
      titles.put(st.id(), title(st.title().orElse(null), st.id().value(), statementTitles, false));
    }
    Set<String> argumentTitles = new HashSet<>();
    Map<ArgumentId, String> argTitles = new HashMap<>();
    for (Argument a : map.arguments()) {
      argTitles.put(a.id(), title(a.label().orElse(null), a.id().value(), argumentTitles, true));
    }

    for (Statement st : map.statements()) {
      String title = titles.get(st.id());
      s.append('[').append(title).append("]: ").append(Inline.escape(st.text(), false));
      List<String> dataTags = new ArrayList<>();
      for (String tag : st.tags()) {
        if (SIMPLE_TAG.matcher(tag).matches()) {
          s.append(" #").append(tag);
        } else if (bracketable(tag)) {
          s.append(" #(").append(tag).append(')');
        } else {
          dataTags.add(tag);
        }
      }
      Data data = new Data();
      idAndTitle(data, st.id().value(), title, st.title().orElse(null), "title");
      if (hasLineBreak(st.text())) {
        data.put("text", st.text());
      }
      st.notes().ifPresent(n -> data.put("notes", n));
      if (!dataTags.isEmpty()) {
        data.putList("tags", dataTags);
      }
      if (map.isThesis(st.id())) {
        data.putRaw("thesis", "true");
      }
      data.appendTo(s);
      s.append("\n\n");
    }

    for (Argument a : map.arguments()) {
      String title = argTitles.get(a.id());
      s.append('<').append(title).append('>');
      Data data = new Data();
      idAndTitle(data, a.id().value(), title, a.label().orElse(null), "label");
      if (a.weight() != 1.0) {
        data.putRaw("weight", Double.toString(a.weight()));
      }
      a.notes().filter(ArgdownExporter::hasLineBreak).ifPresent(n -> data.put("notes", n));
      a.scheme().filter(ArgdownExporter::hasLineBreak).ifPresent(r -> data.put("scheme", r));
      // a definition needs text; without notes the data goes on a reference
      a.notes().ifPresent(n -> s.append(": ").append(Inline.escape(n, false)));
      data.appendTo(s);
      s.append("\n\n");
      int n = 1;
      for (StatementId p : a.premises()) {
        s.append('(').append(n++).append(") [").append(titles.get(p)).append("]\n");
      }
      if (a.scheme().isPresent()) {
        s.append("-- ").append(Inline.escape(a.scheme().get(), true)).append(" --\n");
      } else {
        s.append("----\n");
      }
      s.append('(').append(n).append(") ");
      if (a.polarity() == Polarity.SUPPORTS && a.conclusion() instanceof StatementId c) {
        s.append('[').append(titles.get(c)).append("]\n\n");
        continue;
      }
      String own = unique(sanitize(title, false) + " (conclusion)", statementTitles);
      // hidden from Argdown's map: the box would stand for what is the argument's own relation
      s.append('[').append(own).append("] {argmap: \"conclusion\", isInMap: false}\n    ");
      if (a.conclusion() instanceof StatementId c) {
        s.append("-> [").append(titles.get(c)).append(']');
      } else {
        s.append(a.polarity() == Polarity.ATTACKS ? "_> <" : "+> <")
            .append(argTitles.get((ArgumentId) a.conclusion())).append('>');
      }
      s.append("\n\n");
    }
    // a framework's self-attacks and self-supports: a relation of a statement to itself, as Argdown reads it
    for (Framework.SelfEdge e : Framework.selfEdges(map)) {
      String title = titles.get(e.node());
      s.append('[').append(title).append("]\n  ").append(e.type() == Framework.EdgeType.ATTACK ? '-' : '+')
          .append(" [").append(title).append("]\n\n");
    }
    out.write(s.toString());
    out.flush();
  }

  /**
   * Whether a text has a line break (U+2028 and U+2029 included), which Argdown's inline text cannot hold: the text is written flattened
   * for Argdown's readers and exactly in the data for argmap's.
   */
  private static boolean hasLineBreak(String text) {
    return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\u2028') >= 0
        || text.indexOf('\u2029') >= 0;
  }

  /** Records in the data what the importer needs to get back the identifier and title or label. */
  private static void idAndTitle(Data data, String id, String shown, String own, String key) {
    if (!Names.slug(shown).equals(id)) {
      data.put("id", id);
    }
    if (own == null) {
      if (!shown.equals(id)) {
        data.putRaw(key, "null");
      }
    } else if (!own.equals(shown) || own.equals(id)) {
      data.put(key, own);
    }
  }

  /** The title to show: the element's own when it can be one and is free, else its identifier's. */
  private static String title(String own, String id, Set<String> taken, boolean argument) {
    if (own != null && own.equals(sanitize(own, argument)) && !taken.contains(own)) {
      taken.add(own);
      return own;
    }
    return unique(sanitize(id, argument), taken);
  }

  private static String unique(String wanted, Set<String> taken) {
    String t = wanted;
    for (int k = 2; !taken.add(t); k++) {
      t = wanted + " " + k;
    }
    return t;
  }

  /**
   * A title Argdown reads back as it is: no brackets, line breaks, comment starts or {@code @include(};
   * not led by '-'.
   */
  private static String sanitize(String title, boolean argument) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      boolean bad = c == '[' || c == ']' || c == '<' || c == '>' || c == '\n' || c == '\r' || c == '\u2028'
          || c == '\u2029'
          || Character.isISOControl(c) || c == '/' && i + 1 < title.length()
          && (title.charAt(i + 1) == '/' || title.charAt(i + 1) == '*')
          || c == '(' && Inline.afterInclude(title, i);
      s.append(bad ? '_' : c);
    }
    String t = s.toString().strip().replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      return "_";
    }
    return t.charAt(0) == '-' ? "_" + t : t;
  }

  private static boolean bracketable(String tag) {
    if (tag.isBlank() || !tag.equals(tag.strip())) {
      return false;
    }
    for (int i = 0; i < tag.length(); i++) {
      if ("()[]{}<>/\\*#@\n\r".indexOf(tag.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A {@code {key: value}} block, written in a fixed order. */
  private static final class Data {
    private final StringBuilder body = new StringBuilder();

    void put(String key, String value) {
      start(key);
      YamlFlow.quote(value, body);
    }

    void putRaw(String key, String value) {
      start(key);
      body.append(value);
    }

    void putList(String key, List<String> values) {
      start(key);
      body.append('[');
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          body.append(", ");
        }
        YamlFlow.quote(values.get(i), body);
      }
      body.append(']');
    }

    private void start(String key) {
      if (body.length() > 0) {
        body.append(", ");
      }
      body.append(key).append(": ");
    }

    boolean isEmpty() {
      return body.length() == 0;
    }

    void appendTo(StringBuilder s) {
      if (!isEmpty()) {
        s.append(" {").append(body).append('}');
      }
    }
  }
}
