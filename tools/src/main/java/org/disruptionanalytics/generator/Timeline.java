package org.disruptionanalytics.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Dates and timestamps of generated rows: activity between a first day and the as-of day, growing
 * over time as the published series does, and every generated time before the as-of day ends.
 */
final class Timeline {
  /** How much busier the last day is than the first (a linear trend). */
  private static final double GROWTH = 1.5;

  final LocalDate first;
  final LocalDate asOf;
  private final long days;

  Timeline(LocalDate first, LocalDate asOf) {
    this.first = first;
    this.asOf = asOf;
    this.days = ChronoUnit.DAYS.between(first, asOf) + 1;
  }

  /** A day between first and as-of, weighted by the linear trend (inverse of its distribution function). */
  LocalDate trendDay(SplittableRandom r) {
    double u = r.nextDouble();
    double x = (-1 + Math.sqrt(1 + 2 * GROWTH * u * (1 + GROWTH / 2))) / GROWTH;
    long d = Math.min(days - 1, (long) (x * days));
    return first.plusDays(d);
  }

  /** A day uniformly between two days, both included. */
  static LocalDate between(SplittableRandom r, LocalDate from, LocalDate to) {
    long span = ChronoUnit.DAYS.between(from, to);
    return span <= 0 ? from : from.plusDays(r.nextLong(span + 1));
  }

  /** A short reporting lag in days: usually a few, now and then several weeks. */
  static int lagDays(SplittableRandom r) {
    return (int) Math.min(60, Math.floor(-Math.log(1 - r.nextDouble()) * 6));
  }

  LocalDate notAfterAsOf(LocalDate d) {
    return d.isAfter(asOf) ? asOf : d;
  }

  /** A UTC timestamp on that day during office hours, with whole seconds. */
  static String officeTime(SplittableRandom r, LocalDate day) {
    return stamp(day, 7 * 3600 + r.nextInt(12 * 3600), "Z");
  }

  static String stamp(LocalDate day, int secondOfDay, String offset) {
    StringBuilder b = new StringBuilder(25).append(day).append('T');
    two(b, secondOfDay / 3600).append(':');
    two(b, secondOfDay / 60 % 60).append(':');
    two(b, secondOfDay % 60);
    return b.append(offset).toString();
  }

  private static StringBuilder two(StringBuilder b, int v) {
    if (v < 10) {
      b.append('0');
    }
    return b.append(v);
  }
}
