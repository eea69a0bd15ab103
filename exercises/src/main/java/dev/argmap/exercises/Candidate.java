package dev.argmap.exercises;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A question a generator proposes, with what the checker needs to judge it: the facts about the map it asks and
 * the facts its text shows (so that no question gives away another's answer), words whose presence in the stem
 * would give its own answer away, and the generator's own rule of what makes it answerable and unambiguous.
 *
 * <p>Facts are short strings: {@code side:S} (the side of statement S on the thesis), {@code premises:A} (all the
 * premises of argument A), {@code undercutter:U}, {@code quote:E} (the claim quote E backs), {@code speaker:E},
 * {@code publisher:E}, {@code reported:E}, {@code cited:E}, {@code rank:S}.
 */
final class Candidate {
  final String group;
  final IntFunction<Item> make;
  final ImmutableSet<String> asks;
  final ImmutableSet<String> shows;
  final ImmutableList<String> giveaways;
  final String rule;
  final Supplier<List<String>> ownCheck;

  /**
   * @param group the questions that share a number (the questions on one quote); a question alone is its own group
   * @param make builds the item given its number on the sheet
   * @param asks the facts the question asks
   * @param shows the facts its text shows
   * @param giveaways texts that give the answer away when the stem shows them (say a speaker's surname)
   * @param rule what makes it answerable and unambiguous, in words
   * @param ownCheck the generator's check of that rule: the problems found, none when it holds
   */
  Candidate(String group, IntFunction<Item> make, Iterable<String> asks, Iterable<String> shows,
      Iterable<String> giveaways, String rule, Supplier<List<String>> ownCheck) {
    this.group = requireNonNull(group, "group");
    this.make = requireNonNull(make, "make");
    this.asks = ImmutableSet.copyOf(asks);
    this.shows = ImmutableSet.copyOf(shows);
    this.giveaways = ImmutableList.copyOf(giveaways);
    this.rule = requireNonNull(rule, "rule");
    this.ownCheck = requireNonNull(ownCheck, "ownCheck");
  }

  /** A question with nothing beyond the generic checks. */
  static Candidate plain(String group, IntFunction<Item> make, Iterable<String> asks, Iterable<String> shows,
      String rule) {
    return new Candidate(group, make, asks, shows, List.of(), rule, List::of);
  }
}
