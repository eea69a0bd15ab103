package dev.argmap.interop.argdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an Argdown document says, in Argdown's own terms (as {@code argdown json} shows it): statements
 * (equivalence classes by title), arguments with their premise-conclusion structures, and relations. The
 * parser fills it; {@link ArgdownImporter} turns it into a map.
 */
final class ArgdownModel {
  /** A statement: an equivalence class of statements with one title. */
  static final class Statement {
    final String title;
    final boolean untitled;
    String text;
    /** Whether {@link #text} comes from a definition marked {@code {isCanonical: true}}. */
    boolean canonical;
    final List<String> tags = new ArrayList<>();
    final Map<String, Object> data = new LinkedHashMap<>();
    final int line;
    final int column;

    Statement(String title, boolean untitled, int line, int column) {
      this.title = title;
      this.untitled = untitled;
      this.line = line;
      this.column = column;
    }
  }

  /** An argument, sketched or reconstructed with a premise-conclusion structure. */
  static final class Argument {
    final String title;
    final boolean untitled;
    String description;
    /** Whether {@link #description} comes from a definition marked {@code {isCanonical: true}}. */
    boolean canonical;
    /**
     * The rank of its first appearance as a paragraph of its own (not in a relation), from 1; 0 when it
     * has none. The map lists arguments in this order, as the text does.
     */
    int appearance;
    final List<String> tags = new ArrayList<>();
    final Map<String, Object> data = new LinkedHashMap<>();
    /** The inference steps of its premise-conclusion structure; empty for a sketched argument. */
    final List<Step> steps = new ArrayList<>();
    final int line;
    final int column;

    Argument(String title, boolean untitled, int line, int column) {
      this.title = title;
      this.untitled = untitled;
      this.line = line;
      this.column = column;
    }

    /** Returns the main conclusion's title, or null for a sketched argument. */
    String mainConclusion() {
      return steps.isEmpty() ? null : steps.get(steps.size() - 1).conclusion;
    }
  }

  /** One inference: premises (statement titles) above a bar, the conclusion below it. */
  static final class Step {
    final List<String> premises = new ArrayList<>();
    String conclusion;
    final List<String> rules = new ArrayList<>();
    final Map<String, Object> data = new LinkedHashMap<>();
    int line;
  }

  /** The kinds of relation. */
  enum RelationType {
    SUPPORT, ATTACK, UNDERCUT, CONTRADICTION
  }

  /** One end of a relation: a statement or an argument, by title. */
  record End(boolean argument, String title) {}

  /**
   * A relation.
   *
   * @param from the source
   * @param to the target
   * @param type the kind
   * @param step for an undercut of a conclusion in a premise-conclusion structure, the index of the step it
   *     undercuts in {@code to}'s argument; else -1
   * @param line the line of the marker
   * @param column the column of the marker
   */
  record Relation(End from, End to, RelationType type, int step, int line, int column) {}

  final Map<String, Statement> statements = new LinkedHashMap<>();
  final Map<String, Argument> arguments = new LinkedHashMap<>();
  final List<Relation> relations = new ArrayList<>();
  String title;
  String description;
  boolean removeTagsFromText;
  private int untitled;
  private int appearances;

  /** Records that an argument appears as a paragraph of its own, if it has not before. */
  void appears(Argument a) {
    if (a.appearance == 0) {
      a.appearance = ++appearances;
    }
  }

  Statement statement(String title, int line, int column) {
    return statements.computeIfAbsent(title, t -> new Statement(t, false, line, column));
  }

  Statement newUntitledStatement(int line, int column) {
    String title;
    do {
      title = "Untitled " + ++untitled;
    } while (statements.containsKey(title));
    Statement s = new Statement(title, true, line, column);
    statements.put(title, s);
    return s;
  }

  Argument argument(String title, int line, int column) {
    return arguments.computeIfAbsent(title, t -> new Argument(t, false, line, column));
  }

  Argument newUntitledArgument(int line, int column) {
    String title;
    do {
      title = "Untitled " + ++untitled;
    } while (arguments.containsKey(title));
    Argument a = new Argument(title, true, line, column);
    arguments.put(title, a);
    return a;
  }
}
