package dev.argmap.scoring.explain;

import dev.argmap.scoring.MapScores;
import com.google.common.collect.ImmutableList;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The scores of every statement before and after an edit of the map, side by side ({@link WhatIf}). Both
 * scorings use the same scorer. Immutable.
 */
public final class Comparison {
  /**
   * One statement's strength before and after.
   *
   * @param statement the statement
   * @param before its strength in the map as it is
   * @param after its strength in the edited map
   */
  public record Row(StatementId statement, double before, double after) {
    /**
     * Returns the change.
     *
     * @return {@code after - before}
     */
    public double change() {
      return after - before;
    }
  }

  private final String description;
  private final MapScores before;
  private final MapScores after;
  private final ImmutableList<Row> rows;

  Comparison(String description, MapScores before, MapScores after) {
    this.description = Objects.requireNonNull(description, "description");
    this.before = before;
    this.after = after;
    if (!before.converged()) {
      throw new IllegalStateException("scoring the map as it is did not converge: " + before);
    }
    if (!after.converged()) {
      throw new IllegalStateException("scoring the map after '" + description + "' did not converge: " + after);
    }
    ImmutableList.Builder<Row> b = ImmutableList.builder();
    for (Statement s : before.map().statements()) {
      if (after.graph().indexOf(s.id()) >= 0) {
        b.add(new Row(s.id(), before.strength(s.id()), after.strength(s.id())));
      }
    }
    this.rows = b.build();
  }

  /**
   * Returns what was changed, for example {@code "remove argument a-history"}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the scores of the map as it is.
   *
   * @return the scores before the edit
   */
  public MapScores before() {
    return before;
  }

  /**
   * Returns the scores of the edited map.
   *
   * @return the scores after the edit
   */
  public MapScores after() {
    return after;
  }

  /**
   * Returns the edited map.
   *
   * @return the map after the edit
   */
  public ArgumentMap editedMap() {
    return after.map();
  }

  /**
   * Returns every statement of the map (that the edited map still holds), in map order.
   *
   * @return the rows
   */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /**
   * Returns the row of a statement.
   *
   * @param statement a statement of both maps
   * @return its row
   * @throws IllegalArgumentException if the comparison has no row for it
   */
  public Row row(StatementId statement) {
    for (Row r : rows) {
      if (r.statement().equals(statement)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no statement " + statement + " in both maps");
  }

  /**
   * Returns the statements that moved most: those whose strength changed, by decreasing absolute change (map
   * order among equals), at most {@code k}.
   *
   * @param k the most rows to return, at least 0
   * @return the rows
   */
  public ImmutableList<Row> biggestMovers(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be at least 0 but was " + k);
    }
    List<Row> moved = new ArrayList<>();
    for (Row r : rows) {
      if (r.change() != 0.0) {
        moved.add(r);
      }
    }
    moved.sort(Comparator.comparingDouble((Row r) -> Math.abs(r.change())).reversed());
    return ImmutableList.copyOf(moved.subList(0, Math.min(k, moved.size())));
  }

  /**
   * Returns a plain-text table: the description, then one line per statement that moved, biggest first.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("What if: ").append(description).append(" (").append(before.semantics().id()).append(")\n");
    ImmutableList<Row> moved = biggestMovers(rows.size());
    if (moved.isEmpty()) {
      sb.append("  no statement moved\n");
    }
    for (Row r : moved) {
      sb.append(String.format(Locale.ROOT, "  %-28s %.4f -> %.4f  (%+.4f)%n", r.statement(), r.before(),
          r.after(), r.change()));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "Comparison[" + description + ", " + rows.size() + " statements, "
        + biggestMovers(rows.size()).size() + " moved]";
  }
}
