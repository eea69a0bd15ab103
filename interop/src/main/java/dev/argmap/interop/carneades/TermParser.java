package dev.argmap.interop.carneades;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@link Term}s: a tokenizer and a precedence-climbing parser; fails softly (empty) on anything else. */
final class TermParser {
  private static final int MAX_LENGTH = 10_000;
  private static final int MAX_DEPTH = 100;
  private static final Set<String> WORD_OPERATORS = Set.of("or", "div", "mod", "in");
  private static final List<String> SYMBOLS = List.of(
      "||", "&&", "==", "!=", "<=", ">=", "=<", "<<", ">>", "&^",
      "(", ")", "[", "]", ",", "|", "+", "-", "*", "/", "%", "&", "^", "!", "¬", "=", "<", ">");

  private enum Kind { IDENT, NUMBER, STRING, SYMBOL }

  private record Token(Kind kind, String text) {}

  private final List<Token> tokens;
  private int pos;
  private int depth;

  private TermParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  static Optional<Term> parse(String text) {
    if (text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    List<Token> tokens = tokenize(text);
    if (tokens == null || tokens.isEmpty()) {
      return Optional.empty();
    }
    TermParser p = new TermParser(tokens);
    Term t = p.binary(1);
    if (t == null || p.pos != tokens.size()) {
      return Optional.empty();
    }
    return Optional.of(t);
  }

  private static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    next:
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (Character.isWhitespace(c)) {
        i += Character.charCount(c);
        continue;
      }
      if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < s.length()) {
          int d = s.codePointAt(j);
          if (!(Character.isLetterOrDigit(d) || d == '_')) {
            break;
          }
          j += Character.charCount(d);
        }
        out.add(new Token(Kind.IDENT, s.substring(i, j)));
        i = j;
        continue;
      }
      if (c >= '0' && c <= '9') {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
          j++;
        }
        if (j + 1 < s.length() && s.charAt(j) == '.' && Character.isDigit(s.charAt(j + 1))) {
          j++;
          while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
          }
        }
        out.add(new Token(Kind.NUMBER, s.substring(i, j)));
        i = j;
        continue;
      }
      if (c == '"' || c == '`') {
        int j = s.indexOf(c, i + 1);
        if (j < 0) {
          return null;
        }
        out.add(new Token(Kind.STRING, s.substring(i + 1, j)));
        i = j + 1;
        continue;
      }
      for (String sym : SYMBOLS) {
        if (s.startsWith(sym, i)) {
          out.add(new Token(Kind.SYMBOL, sym));
          i += sym.length();
          continue next;
        }
      }
      return null; // a character no term holds
    }
    return out;
  }

  private Token peek() {
    return pos < tokens.size() ? tokens.get(pos) : null;
  }

  private boolean accept(String symbol) {
    Token t = peek();
    if (t != null && t.kind == Kind.SYMBOL && t.text.equals(symbol)) {
      pos++;
      return true;
    }
    return false;
  }

  /** The binary operator at the current token of a precedence level, or null. */
  private String operator(int level) {
    Token t = peek();
    if (t == null) {
      return null;
    }
    String x = t.text;
    boolean word = t.kind == Kind.IDENT && WORD_OPERATORS.contains(x);
    if (t.kind != Kind.SYMBOL && !word) {
      return null;
    }
    switch (level) {
      case 1:
        return x.equals("||") ? x : null;
      case 2:
        return x.equals("&&") ? x : null;
      case 3:
        return Set.of("=", "==", "!=", "<", "<=", ">", ">=", "=<", "in").contains(x) ? x : null;
      case 4:
        return Set.of("+", "-", "^", "or").contains(x) ? x : null;
      case 5:
        return Set.of("*", "/", "%", "div", "mod", "&", "&^", "<<", ">>").contains(x) ? x : null;
      default:
        return null;
    }
  }

  private Term binary(int level) {
    if (level > 5) {
      return unary();
    }
    Term left = binary(level + 1);
    if (left == null) {
      return null;
    }
    String op;
    while ((op = operator(level)) != null) {
      pos++;
      Term right = binary(level + 1);
      if (right == null) {
        return null;
      }
      left = new Term.Compound(op, List.of(left, right), level);
      if (level == 3) {
        break; // comparisons do not chain
      }
    }
    return left;
  }

  private Term unary() {
    if (++depth > MAX_DEPTH) {
      return null;
    }
    try {
      for (String op : List.of("¬", "-", "+", "!", "^")) {
        if (accept(op)) {
          Term arg = unary();
          return arg == null ? null : new Term.Compound(op, List.of(arg), 6);
        }
      }
      return factor();
    } finally {
      depth--;
    }
  }

  private Term factor() {
    Token t = peek();
    if (t == null) {
      return null;
    }
    pos++;
    switch (t.kind) {
      case NUMBER:
        return new Term.Num(t.text);
      case STRING:
        return new Term.Str(t.text);
      case IDENT: {
        boolean variable = Character.isUpperCase(t.text.codePointAt(0)) || t.text.startsWith("_");
        if (accept("(")) {
          List<Term> args = arguments(")");
          return args == null || variable ? null : new Term.Compound(t.text, args, 0);
        }
        return variable ? new Term.Var(t.text) : new Term.Atom(t.text);
      }
      default:
        break;
    }
    if (t.text.equals("(")) {
      Term inner = binary(1);
      return inner != null && accept(")") ? inner : null;
    }
    if (t.text.equals("[")) {
      if (accept("]")) {
        return new Term.ListTerm(List.of(), Optional.empty());
      }
      List<Term> items = new ArrayList<>();
      do {
        Term item = binary(1);
        if (item == null) {
          return null;
        }
        items.add(item);
      } while (accept(","));
      Optional<Term> tail = Optional.empty();
      if (accept("|")) {
        Term rest = binary(1);
        if (rest == null) {
          return null;
        }
        tail = Optional.of(rest);
      }
      return accept("]") ? new Term.ListTerm(items, tail) : null;
    }
    return null;
  }

  private List<Term> arguments(String close) {
    List<Term> args = new ArrayList<>();
    if (accept(close)) {
      return args;
    }
    do {
      Term a = binary(1);
      if (a == null) {
        return null;
      }
      args.add(a);
    } while (accept(","));
    return accept(close) ? args : null;
  }
}
