package org.disruptionanalytics.dataset;

import java.util.List;

/** How one contract column is typed, normalised and checked. */
public record ColumnRule(String name, Kind kind, List<String> allowed) {

  public enum Kind {
    /** Trimmed text compared exactly (ids). */
    TEXT,
    /** Trimmed, upper-cased code (source_system, force and region codes). */
    CODE,
    /** Trimmed, upper-cased, one of {@link #allowed()}; else BAD_ENUM. */
    ENUM,
    /** {@code <SYSTEM>:<local id>}: the prefix upper-cased, the rest exact. */
    REF,
    /** yyyy-MM-dd, a day that exists; else BAD_DATE. */
    DATE,
    /** ISO 8601 with Z or an offset; else BAD_TIMESTAMP. */
    TIMESTAMP,
    /** A tier 1 to 3; else BAD_NUMBER. */
    TIER,
    /** |-separated threat areas; any other value is BAD_ENUM. */
    THREAT_LIST
  }

  public static ColumnRule text(String name) {
    return new ColumnRule(name, Kind.TEXT, List.of());
  }

  public static ColumnRule code(String name) {
    return new ColumnRule(name, Kind.CODE, List.of());
  }

  public static ColumnRule oneOf(String name, List<String> allowed) {
    return new ColumnRule(name, Kind.ENUM, allowed);
  }

  public static ColumnRule ref(String name) {
    return new ColumnRule(name, Kind.REF, List.of());
  }

  public static ColumnRule date(String name) {
    return new ColumnRule(name, Kind.DATE, List.of());
  }

  public static ColumnRule timestamp(String name) {
    return new ColumnRule(name, Kind.TIMESTAMP, List.of());
  }

  public static ColumnRule tier(String name) {
    return new ColumnRule(name, Kind.TIER, List.of());
  }

  public static ColumnRule threatList(String name) {
    return new ColumnRule(name, Kind.THREAT_LIST, Codes.THREAT_AREAS);
  }
}
