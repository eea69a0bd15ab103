package dev.argmap.interop.argdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline Argdown: reading the text of a statement or argument (escapes, tags, {@code {data}}, links,
 * emphasis) and writing text that Argdown reads back as it was.
 */
final class Inline {
  private static final Pattern SIMPLE_TAG =
      Pattern.compile("[a-zA-Z0-9\\-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+");

  /** The longest simple tag looked for. */
  private static final int MAX_TOKEN = 4096;
  private static final int KEEP_ONE = 1;
  private static final int DROP_ALL = 2;
  /** The characters Argdown's lexer reads as tokens of their own in text. */
  private static final String CONTROL = "@#*_[],.:;</>-(){}";
  /** Argdown's logic shortcodes, written {@code .^.} or {@code :^:}. */
  private static final Map<String, String> SHORTCODES = Map.ofEntries(
      Map.entry("A", "\u2200"), Map.entry("E", "\u2203"), Map.entry("O", "\uD835\uDDE2"),
      Map.entry("P", "\uD835\uDDE3"), Map.entry("->", "\u2192"), Map.entry("<->", "\u2194"),
      Map.entry("~", "\u00AC"), Map.entry("^", "\u2227"), Map.entry("v", "\u2228"),
      Map.entry("v_", "\u22BB"), Map.entry("<>", "\u25C7"), Map.entry("[]", "\u25FB"));

  /**
   * Argdown's emoji shortcodes ({@code :happy:} or {@code .happy.}), as name and code point; Argdown writes
   * {@code :smile:} with the emoji presentation selector U+FE0F after it.
   */
  private static final Map<String, String> EMOJI = emoji("happy 1F600, smile 263A, smiley 263A, laugh 1F606,"
      + " lol 1F606, rofl 1F923, joy 1F602, heart 2764, ? 2753, question 2753, love 1F60D, wink 1F609,"
      + " shush 1F92B, meh 1F610, eye-roll 1F644, sad 1F622, disappointed 1F61E, scream 1F631, +1 1F44D,"
      + " up 1F44D, -1 1F44E, down 1F44E, think 1F914, star 2B50, y 2714, agree 2714, n 274C,"
      + " disagree 274C");

  private static Map<String, String> emoji(String table) {
    Map<String, String> m = new java.util.HashMap<>();
    for (String entry : table.split(",")) {
      String[] nameAndCode = entry.strip().split(" ");
      m.put(nameAndCode[0], Character.toString(Integer.parseInt(nameAndCode[1], 16)));
    }
    return Map.copyOf(m);
  }

  /** The symbol a shortcode stands for ({@code name} without its delimiters {@code c}), or null. */
  private static String shortcode(String name, char c) {
    String symbol = SHORTCODES.get(name);
    if (symbol != null) {
      return symbol;
    }
    symbol = EMOJI.get(name);
    return symbol != null && c == ':' && name.equals("smile") ? symbol + "\uFE0F" : symbol;
  }

  private Inline() {}

  /** What inline text holds. */
  static final class Parsed {
    final String text;
    final List<String> tags;
    final Map<String, Object> data;

    Parsed(String text, List<String> tags, Map<String, Object> data) {
      this.text = text;
      this.tags = tags;
      this.data = data;
    }
  }

  /** A piece of text: literal, or an emphasis marker that may turn out to be literal. */
  private static final class Piece {
    final String text;
    final boolean marker;
    final boolean canOpen;
    final boolean canClose;
    boolean paired;
    /** Index of the tag this piece is, or -1. */
    final int tag;

    Piece(String text, boolean marker, boolean canOpen, boolean canClose, int tag) {
      this.text = text;
      this.marker = marker;
      this.canOpen = canOpen;
      this.canClose = canClose;
      this.tag = tag;
    }
  }

  /**
   * Reads inline text: escapes resolved, {@code {data}} blocks taken out, links reduced to their text,
   * emphasis markers removed, tags collected. Tags stay in the text, as Argdown shows them, except those at
   * its end (and all of them when {@code removeTags} is set).
   *
   * @param raw the text, lines joined by single spaces
   * @param removeTags whether to take every tag out of the text
   * @param badData told of a data block that is not a flow mapping, with its offset in {@code raw} and the
   *     problem
   * @return the text, tags and data
   */
  static Parsed read(String raw, boolean removeTags, BiConsumer<Integer, String> badData) {
    int[] dataEnds = dataEnds(raw);
    int[] nextBracket = next(raw, ']');
    int[] nextParen = next(raw, ')');
    List<Piece> pieces = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    Map<String, Object> data = new LinkedHashMap<>();
    StringBuilder literal = new StringBuilder();
    int n = raw.length();
    int i = 0;
    // as Argdown's lexer: after markup and punctuation, a run of white space is cut to its first character
    // (KEEP_ONE) or dropped (DROP_ALL)
    int collapse = 0;
    while (i < n) {
      char c = raw.charAt(i);
      if (collapse != 0 && (c == ' ' || c == '\t')) {
        if (collapse == KEEP_ONE) {
          literal.append(c);
        }
        i++;
        while (i < n && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
          i++;
        }
        collapse = 0;
        continue;
      }
      collapse = 0;
      if (c == ArgdownParser.COMMENT) {
        i++;
        collapse = DROP_ALL;
        continue;
      }
      if (c == '\\' && i + 1 < n) {
        int cp = raw.codePointAt(i + 1);
        literal.appendCodePoint(cp);
        i += 1 + Character.charCount(cp);
        while (i < n && raw.charAt(i) == ' ') {
          literal.append(' ');
          i++;
        }
        collapse = DROP_ALL;
        continue;
      }
      if (c == '{') {
        int end = dataEnds[i];
        if (end > 0) {
          try {
            data.putAll(YamlFlow.readMapping(raw.substring(i, end)));
          } catch (YamlFlow.YamlException e) {
            badData.accept(i + e.offset, e.getMessage());
          }
          i = end;
          collapse = DROP_ALL;
          continue;
        }
      }
      if (c == '[') {
        // a link [text](url): no ']' in the text, no ')' in the url
        int close = nextBracket[i + 1];
        if (close > i + 1 && close + 1 < n && raw.charAt(close + 1) == '(' && nextParen[close + 2] > close + 2
            && nextParen[close + 2] < n) {
          literal.append(raw, i + 1, close);
          i = nextParen[close + 2] + 1;
          collapse = KEEP_ONE;
          continue;
        }
      }
      if (c == '.' || c == ':') {
        int close = i + 1;
        while (close < n && raw.charAt(close) != c && !Character.isWhitespace(raw.charAt(close))) {
          close++;
        }
        if (close < n && raw.charAt(close) == c && close > i + 1) {
          String code = raw.substring(i, close + 1);
          String symbol = shortcode(code.substring(1, code.length() - 1), c);
          literal.append(symbol != null ? symbol : code);
          i = close + 1;
          collapse = KEEP_ONE;
          continue;
        }
      }
      if (c == '#' && i + 1 < n) {
        String tag = null;
        int end = -1;
        if (raw.charAt(i + 1) == '(') {
          int close = nextParen[i + 2];
          if (close > i + 2 && close < n) {
            tag = raw.substring(i + 2, close).strip();
            end = close + 1;
          }
        } else {
          Matcher m = SIMPLE_TAG.matcher(raw).region(i + 1, Math.min(n, i + MAX_TOKEN));
          if (m.lookingAt()) {
            tag = m.group();
            end = m.end();
          }
        }
        if (tag != null && !tag.isEmpty()) {
          flush(literal, pieces);
          if (!tags.contains(tag)) {
            tags.add(tag);
          }
          pieces.add(new Piece(raw.substring(i, end), false, false, false, tags.indexOf(tag)));
          i = end;
          collapse = KEEP_ONE;
          continue;
        }
      }
      if (c == '*' || c == '_') {
        int run = c == raw.charAt(Math.min(i + 1, n - 1)) && i + 1 < n ? 2 : 1;
        String marker = raw.substring(i, i + run);
        boolean beforeSpace = i + run >= n || Character.isWhitespace(raw.charAt(i + run));
        boolean afterSpace = i == 0 || Character.isWhitespace(raw.charAt(i - 1));
        boolean closeFollows = i + run >= n || " \t)}_.,!?;:-*".indexOf(raw.charAt(i + run)) >= 0;
        flush(literal, pieces);
        pieces.add(new Piece(marker, true, !beforeSpace, !afterSpace && closeFollows, -1));
        i += run;
        collapse = KEEP_ONE;
        continue;
      }
      literal.append(c);
      i++;
      if (CONTROL.indexOf(c) >= 0) {
        collapse = KEEP_ONE;
      }
    }
    flush(literal, pieces);
    pair(pieces);
    // tags at the end of the text (only white space after them) are taken out of it
    int keep = pieces.size();
    if (!removeTags) {
      int k = pieces.size() - 1;
      while (k >= 0) {
        Piece p = pieces.get(k);
        if (p.tag >= 0) {
          keep = k;
        } else if (!(p.marker ? p.paired : p.text.isBlank())) {
          break;
        }
        k--;
      }
    }
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < pieces.size(); k++) {
      Piece p = pieces.get(k);
      if (p.tag >= 0 && (removeTags || k >= keep) || p.marker && p.paired) {
        continue;
      }
      text.append(p.text);
    }
    return new Parsed(text.toString().strip(), tags, data);
  }

  private static void flush(StringBuilder literal, List<Piece> pieces) {
    if (literal.length() > 0) {
      pieces.add(new Piece(literal.toString(), false, false, false, -1));
      literal.setLength(0);
    }
  }

  /** Pairs emphasis markers: an opener with the next closer of the same kind. */
  private static void pair(List<Piece> pieces) {
    for (int a = 0; a < pieces.size(); a++) {
      Piece open = pieces.get(a);
      if (!open.marker || open.paired || !open.canOpen) {
        continue;
      }
      for (int b = a + 1; b < pieces.size(); b++) {
        Piece close = pieces.get(b);
        if (close.marker && !close.paired && close.canClose && close.text.equals(open.text)) {
          open.paired = true;
          close.paired = true;
          break;
        }
      }
    }
  }

  /**
   * Returns, for every {@code {} of a text that opens a data block, the end (exclusive) of the block, and 0
   * for every other position: braces nest and quoted strings inside a block are skipped. One pass, so a text
   * full of unclosed braces costs no more than any other.
   */
  static int[] dataEnds(String s) {
    int[] ends = new int[s.length()];
    int[] open = new int[16];
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote == '"') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if ((c == '"' || c == '\'') && depth > 0) {
        quote = c;
      } else if (c == '{') {
        if (depth == open.length) {
          open = java.util.Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = i;
      } else if (c == '}' && depth > 0) {
        ends[open[--depth]] = i + 1;
      }
    }
    return ends;
  }

  /** For every position, the next position (at or after it) of a character, or the text's length. */
  static int[] next(String s, char c) {
    int[] next = new int[s.length() + 1];
    next[s.length()] = s.length();
    for (int i = s.length() - 1; i >= 0; i--) {
      next[i] = s.charAt(i) == c ? i : next[i + 1];
    }
    return next;
  }

  // ---------------------------------------------------------------- writing

  /**
   * Returns text escaped so that Argdown reads it back as it is: characters that start markup (tags,
   * titles, mentions, data, comments, emphasis, frontmatter) get a backslash, as do tabs, dots and colons
   * before a non-space (shortcodes) and punctuation before two spaces (which Argdown would collapse). Line
   * breaks become spaces.
   *
   * @param text the text
   * @param inference whether the text is an inference rule (where commas separate rules and dashes end
   *     the rule)
   * @return the escaped text
   */
  static String escape(String text, boolean inference) {
    // U+2028 and U+2029 end a line for the reference parser, as JavaScript's line terminators
    String t = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\u2028', ' ')
        .replace('\u2029', ' ');
    StringBuilder s = new StringBuilder(t.length() + 8);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      char next = i + 1 < t.length() ? t.charAt(i + 1) : 0;
      char after = i + 2 < t.length() ? t.charAt(i + 2) : 0;
      boolean escape;
      switch (c) {
        case '\\': case '@': case '#': case '*': case '_': case '[': case ']': case '<': case '>':
        case '{': case '}': case '/': case '=': case '\t': case '`':
          escape = true;
          break;
        case '.': case ':':
          escape = next != 0 && !Character.isWhitespace(next)
              || next == ' ' && (after == ' ' || after == '\t');
          break;
        case ',': case '-':
          escape = inference || next == ' ' && (after == ' ' || after == '\t');
          break;
        case ';': case ')':
          escape = next == ' ' && (after == ' ' || after == '\t');
          break;
        case '(':
          // the reference tools expand @include(...) in the raw file before any escape is read
          escape = next == ' ' && (after == ' ' || after == '\t') || afterInclude(t, i);
          break;
        case ' ':
          escape = i == 0;
          break;
        default:
          escape = false;
      }
      if (escape) {
        s.append('\\');
      }
      s.append(c);
    }
    return s.toString();
  }

  /** Whether the character at {@code i} follows {@code @include}, which Argdown's tools expand on sight. */
  static boolean afterInclude(CharSequence text, int i) {
    return i >= 8 && "@include".contentEquals(text.subSequence(i - 8, i));
  }
}
