package dev.argmap.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the precision its source allows: a year ({@code 2017}), a year and month
 * ({@code 2020-10}) or a full date ({@code 2020-12-05}). Recording only what is known keeps a map
 * from claiming more than its source says.
 *
 * <p>A date can also be {@linkplain #approximate() approximate}: "about 2017", when the year is
 * inferred rather than stated (a paper that cites nothing after 2016 and discusses the 2017 US
 * transition). Its text form marks it as the Extended Date/Time Format (ISO 8601-2, level 1) does,
 * with a trailing {@code ~}: {@code 2017~}.
 *
 * <p>Ordered by the first day each date can mean, then by precision (a year before its months),
 * then an exact date before the approximate one.
 */
public final class PartialDate implements Comparable<PartialDate> {
  /** How much of a date is known. */
  public enum Precision {
    /** Only the year. */
    YEAR,
    /** The year and the month. */
    MONTH,
    /** The full date. */
    DAY
  }

  private static final Pattern FORMAT =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(~)?");

  private final int year;
  private final int month;
  private final int day;
  private final boolean approximate;

  private PartialDate(int year, int month, int day) {
    this(year, month, day, false);
  }

  private PartialDate(int year, int month, int day, boolean approximate) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year must be in [1, 9999] but was " + year);
    }
    if (month != 0 && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month must be in [1, 12] but was " + month);
    }
    if (day != 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            String.format("%04d-%02d-%02d is not a calendar date", year, month, day), e);
      }
    }
    this.year = year;
    this.month = month;
    this.day = day;
    this.approximate = approximate;
  }

  /**
   * Returns a date of which only the year is known.
   *
   * @param year the year, in [1, 9999]
   * @return the date
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  /**
   * Returns a date of which the year and month are known.
   *
   * @param year the year, in [1, 9999]
   * @param month the month, in [1, 12]
   * @return the date
   * @throws IllegalArgumentException if a field is out of range
   */
  public static PartialDate ofYearMonth(int year, int month) {
    if (month == 0) {
      throw new IllegalArgumentException("month must be in [1, 12] but was 0");
    }
    return new PartialDate(year, month, 0);
  }

  /**
   * Returns a full date.
   *
   * @param year the year, in [1, 9999]
   * @param month the month, in [1, 12]
   * @param day the day of the month
   * @return the date
   * @throws IllegalArgumentException if the fields do not form a calendar date
   */
  public static PartialDate of(int year, int month, int day) {
    if (month == 0 || day == 0) {
      throw new IllegalArgumentException("month and day must be given for a full date");
    }
    return new PartialDate(year, month, day);
  }

  /**
   * Returns the full date of a {@link LocalDate}.
   *
   * @param date the date
   * @return the date
   */
  public static PartialDate of(LocalDate date) {
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, each optionally followed by {@code ~}
   * for an {@linkplain #approximate() approximate} date ({@code 2017~}: about 2017).
   *
   * @param text the text
   * @return the date
   * @throws IllegalArgumentException if the text is not one of those forms or not a calendar date
   */
  public static PartialDate parse(CharSequence text) {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "date must be yyyy, yyyy-MM or yyyy-MM-dd, with a trailing ~ when approximate, but was \""
              + text + "\"");
    }
    int y = Integer.parseInt(m.group(1));
    int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if ((m.group(2) != null && mo == 0) || (m.group(3) != null && d == 0)) {
      throw new IllegalArgumentException("\"" + text + "\" is not a calendar date");
    }
    return new PartialDate(y, mo, d, m.group(4) != null);
  }

  /**
   * Returns this date marked approximate: "about" this year, month or day.
   *
   * @return the approximate date (this one when it already is)
   */
  public PartialDate asApproximate() {
    return approximate ? this : new PartialDate(year, month, day, true);
  }

  /**
   * Returns this date without the approximate mark.
   *
   * @return the exact date (this one when it already is)
   */
  public PartialDate asExact() {
    return approximate ? new PartialDate(year, month, day, false) : this;
  }

  /**
   * {@return whether the date is approximate: the source gives it as "about" or "circa", or it is
   * inferred from the text rather than stated} {@link #earliestDay()} and {@link #latestDay()} are
   * then the bounds of the date as written, not firm bounds.
   */
  public boolean approximate() {
    return approximate;
  }

  /** {@return the year} */
  public int year() {
    return year;
  }

  /** {@return the month (1 to 12), when known} */
  public OptionalInt month() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** {@return the day of the month, when known} */
  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /** {@return how much of the date is known} */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** {@return the first day this date can mean (1 January for a bare year)} */
  public LocalDate earliestDay() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** {@return the last day this date can mean (31 December for a bare year)} */
  public LocalDate latestDay() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    return month == 0 ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
  }

  @Override
  public int compareTo(PartialDate other) {
    int byDay = earliestDay().compareTo(other.earliestDay());
    if (byDay != 0) {
      return byDay;
    }
    int byPrecision = precision().compareTo(other.precision());
    return byPrecision != 0 ? byPrecision : Boolean.compare(approximate, other.approximate);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate other
        && year == other.year
        && month == other.month
        && day == other.day
        && approximate == other.approximate;
  }

  @Override
  public int hashCode() {
    return ((year * 13 + month) * 32 + day) * 2 + (approximate ? 1 : 0);
  }

  /**
   * {@return the form {@link #parse} reads: ISO 8601 ({@code 2017}, {@code 2020-10} or {@code
   * 2020-12-05}), with a trailing {@code ~} when approximate ({@code 2017~})}
   */
  @Override
  public String toString() {
    return iso() + (approximate ? "~" : "");
  }

  /**
   * Returns the date for a reader: the ISO 8601 form, after {@code "c. "} when approximate ({@code
   * c. 2017}).
   *
   * @return the text
   */
  public String toText() {
    return (approximate ? "c. " : "") + iso();
  }

  private String iso() {
    switch (precision()) {
      case YEAR:
        return String.format("%04d", year);
      case MONTH:
        return String.format("%04d-%02d", year, month);
      default:
        return String.format("%04d-%02d-%02d", year, month, day);
    }
  }
}
