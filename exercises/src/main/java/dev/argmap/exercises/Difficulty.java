package dev.argmap.exercises;

import java.util.Locale;

/**
 * How hard the exercises are. Each generator documents what the level changes; in general a harder level shows
 * more items and more distractors, goes deeper into the map, and brings in sub-theses and undercutters.
 */
public enum Difficulty {
  /** Few items, few distractors, only the arguments directly on the thesis; no undercutters. */
  EASY,
  /** More items and distractors; two steps deep; sub-theses included; undercutters only where they are the topic. */
  MEDIUM,
  /** Most items and distractors, close (similar-looking) distractors, any depth, undercutters everywhere. */
  HARD;

  /**
   * Returns the level's identifier, as used on the command line: {@code easy}, {@code medium} or {@code hard}.
   *
   * @return the identifier
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the level with the given identifier, ignoring case.
   *
   * @param id {@code easy}, {@code medium} or {@code hard}
   * @return the level
   * @throws IllegalArgumentException if no level has that identifier
   */
  public static Difficulty fromId(String id) {
    for (Difficulty d : values()) {
      if (d.id().equalsIgnoreCase(id.strip())) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown difficulty \"" + id + "\"; expected easy, medium or hard");
  }

  int pick(int easy, int medium, int hard) {
    return this == EASY ? easy : this == MEDIUM ? medium : hard;
  }
}
