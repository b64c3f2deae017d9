package org.disruptionanalytics.clean;

import static org.disruptionanalytics.contract.Columns.*;

import com.ibm.icu.lang.UCharacter;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.dataset.Codes;
import org.disruptionanalytics.dataset.ColumnRule;
import org.disruptionanalytics.dataset.DatasetRules;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.ReasonCode;
import org.disruptionanalytics.dataset.WhiteSpace;
import org.disruptionanalytics.reference.ReferenceData;

/**
 * Step 1 of CONTRACT.md section 3.1 for one row at a time, in plain Java, so that it runs in the
 * task that parses a file: trims, types and normalises every contract column of a raw row
 * ({@link InputDataset#rawSchema()}), derives the region from the force, and lists every reason
 * the row fails, in contract order. The rules are Spark's own for the built-in functions the
 * contract's wording maps to (upper, to_date, the cast to timestamp), so that the typed values
 * are the ones a Spark SQL query would give; a differential test holds it to that.
 */
public final class RecordValidator implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int LINEAGE = 6;
  /** The reasons of a valid row, shared: Spark's row encoder takes Scala sequences. */
  private static final scala.collection.immutable.List<String> NO_REASONS =
      scala.jdk.javaapi.CollectionConverters.asScala(List.<String>of()).toList();
  private static final Comparator<String> CODE_POINT_ORDER = RecordValidator::compareCodePoints;

  private final StructType schema;
  private final ColumnRule.Kind[] kinds;
  /** Per column, the values an ENUM or THREAT_LIST column allows; null for other kinds. */
  private final Set<String>[] allowed;
  private final boolean[] required;
  private final int force;
  private final int region;
  private final int agency;
  private final int earlier;
  private final int later;
  /** Known forces, each with its region; null for a force without one (British Transport Police). */
  private final Map<String, String> forceRegions = new HashMap<>();
  private final Set<String> regions;

  @SuppressWarnings("unchecked")
  public RecordValidator(DatasetRules rules, ReferenceData reference) {
    List<ColumnRule> columns = rules.columns();
    List<String> names = columns.stream().map(ColumnRule::name).toList();
    int n = columns.size();
    kinds = new ColumnRule.Kind[n];
    allowed = new Set[n];
    required = new boolean[n];
    StructType raw = rules.dataset().rawSchema();
    StructType out = new StructType();
    for (int i = 0; i < LINEAGE; i++) {
      out = out.add(raw.fields()[i]);
    }
    for (int i = 0; i < n; i++) {
      ColumnRule rule = columns.get(i);
      kinds[i] = rule.kind();
      if (rule.kind() == ColumnRule.Kind.ENUM || rule.kind() == ColumnRule.Kind.THREAT_LIST) {
        allowed[i] = new HashSet<>(rule.allowed());
      }
      required[i] = rules.dataset().requiredColumns().contains(rule.name());
      out = out.add(rule.name(), type(rule.kind()), true);
    }
    schema = out.add(REASONS, DataTypes.createArrayType(DataTypes.StringType, false), false);
    force = rules.hasForce() ? names.indexOf(FORCE_CODE) : -1;
    agency = rules.agencyColumn().map(names::indexOf).orElse(-1);
    region = names.indexOf(REGION_CODE);
    earlier = rules.dateOrder().map(p -> names.indexOf(p.get(0))).orElse(-1);
    later = rules.dateOrder().map(p -> names.indexOf(p.get(1))).orElse(-1);
    for (Map.Entry<String, Optional<String>> f : reference.forceRegions().entrySet()) {
      forceRegions.put(f.getKey(), f.getValue().orElse(null));
    }
    regions = new HashSet<>(reference.regions());
  }

  /** The typed rows' schema: lineage, every contract column typed, then {@code reasons}. */
  public StructType schema() {
    return schema;
  }

  private static DataType type(ColumnRule.Kind kind) {
    return switch (kind) {
      case DATE -> DataTypes.DateType;
      case TIMESTAMP -> DataTypes.TimestampType;
      case TIER -> DataTypes.IntegerType;
      default -> DataTypes.StringType;
    };
  }

  /** A raw row in, its typed row out, with {@code reasons}: empty for a valid row. */
  public Row validate(Row raw) {
    int n = kinds.length;
    Object[] cells = new Object[LINEAGE + n + 1];
    for (int i = 0; i < LINEAGE; i++) {
      cells[i] = raw.get(i);
    }
    String[] trimmed = new String[n];
    Object[] values = new Object[n];
    for (int i = 0; i < n; i++) {
      String s = raw.getString(LINEAGE + i);
      String t = s == null ? null : WhiteSpace.trim(s);
      trimmed[i] = t == null || t.isEmpty() ? null : t;
      values[i] = trimmed[i] == null ? null : typed(i, trimmed[i]);
    }
    String forceRegion = force < 0 || values[force] == null ? null : forceRegions.get((String) values[force]);
    for (int i = 0; i < n; i++) {
      cells[LINEAGE + i] = i == region && force >= 0 && values[i] == null ? forceRegion : values[i];
    }
    List<String> mapped = raw.isNullAt(LINEAGE + n) ? List.of() : raw.getList(LINEAGE + n);
    List<String> reasons = raw.getBoolean(4) ? List.of(ReasonCode.MALFORMED_ROW.name())
        : reasons(trimmed, values, forceRegion, mapped);
    cells[LINEAGE + n] = reasons.isEmpty() ? NO_REASONS : scala.jdk.javaapi.CollectionConverters.asScala(reasons).toList();
    return RowFactory.create(cells);
  }

  /** Every reason that applies, in contract order; a reason the source mapping found applies too. */
  private List<String> reasons(String[] trimmed, Object[] values, String forceRegion, List<String> mapped) {
    boolean missing = false;
    boolean badDate = false;
    boolean badTimestamp = false;
    boolean badEnum = false;
    boolean badNumber = false;
    for (int i = 0; i < kinds.length; i++) {
      String t = trimmed[i];
      missing |= required[i] && t == null;
      if (t == null) {
        continue;
      }
      boolean unparsed = values[i] == null;
      switch (kinds[i]) {
        case DATE -> badDate |= unparsed;
        case TIMESTAMP -> badTimestamp |= unparsed;
        case TIER -> badNumber |= unparsed;
        case ENUM -> badEnum |= !allowed[i].contains((String) values[i]);
        case THREAT_LIST -> badEnum |= !allAllowed(t, allowed[i]);
        default -> { }
      }
    }
    boolean forceRequired = false;
    boolean unknownForce = false;
    Object regionValue = region < 0 ? null : values[region];
    if (force >= 0) {
      String f = (String) values[force];
      boolean police = Codes.POLICE.equals(values[agency]);
      boolean forceKnown = f != null && forceRegions.containsKey(f);
      boolean forceWithoutRegion = forceKnown && forceRegion == null;
      missing |= regionValue == null && (police ? forceWithoutRegion : f == null || forceWithoutRegion);
      forceRequired = police && f == null;
      unknownForce = f != null && !forceKnown;
    }
    boolean unknownRegion = regionValue != null && !regions.contains((String) regionValue);
    boolean dateOrder = earlier >= 0 && values[earlier] != null && values[later] != null
        && ((LocalDate) values[later]).isBefore((LocalDate) values[earlier]);
    List<String> reasons = new ArrayList<>(2);
    add(reasons, missing, ReasonCode.MISSING_FIELD, mapped);
    add(reasons, badDate, ReasonCode.BAD_DATE, mapped);
    add(reasons, badTimestamp, ReasonCode.BAD_TIMESTAMP, mapped);
    add(reasons, badEnum, ReasonCode.BAD_ENUM, mapped);
    add(reasons, badNumber, ReasonCode.BAD_NUMBER, mapped);
    add(reasons, forceRequired, ReasonCode.FORCE_REQUIRED, mapped);
    add(reasons, unknownForce, ReasonCode.UNKNOWN_FORCE, mapped);
    add(reasons, unknownRegion, ReasonCode.UNKNOWN_REGION, mapped);
    add(reasons, dateOrder, ReasonCode.DATE_ORDER, mapped);
    return reasons;
  }

  private static void add(List<String> reasons, boolean applies, ReasonCode code, List<String> mapped) {
    if (applies || mapped.contains(code.name())) {
      reasons.add(code.name());
    }
  }

  /** The typed, normalised value of a trimmed, non-empty text; null when it does not parse. */
  private Object typed(int column, String t) {
    return switch (kinds[column]) {
      case TEXT -> t;
      case CODE, ENUM -> upper(t);
      case REF -> upperPrefix(t);
      case DATE -> date(t);
      case TIMESTAMP -> timestamp(t);
      case TIER -> t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '3' ? Integer.valueOf(t.charAt(0) - '0') : null;
      case THREAT_LIST -> threatList(t);
    };
  }

  /**
   * Spark's upper() with ICU case mappings (spark.sql.icu.caseMappings.enabled, on by default): ASCII
   * letters by table, any other text by ICU in the default locale. ICU is loaded only for the latter.
   */
  static String upper(String s) {
    boolean lower = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return UCharacter.toUpperCase(s);
      }
      lower |= c >= 'a' && c <= 'z';
    }
    if (!lower) {
      // Most codes arrive upper-cased already.
      return s;
    }
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'a' && c[i] <= 'z') {
        c[i] -= 'a' - 'A';
      }
    }
    return new String(c);
  }

  /** {@code <SYSTEM>:<local id>}: the text before the first ':' upper-cased, the rest as it is. */
  private static String upperPrefix(String t) {
    int colon = t.indexOf(':');
    return colon < 0 ? upper(t) : upper(t.substring(0, colon)) + t.substring(colon);
  }

  /** {@code yyyy-MM-dd} in ASCII digits, a day that exists (year 0000 included, as Spark's parser has it). */
  private static LocalDate date(String t) {
    if (t.length() != 10 || !dateShaped(t)) {
      return null;
    }
    try {
      return LocalDate.of(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]} then {@code Z} or {@code ±HH:mm}, as Spark casts it to a
   * timestamp: fields checked by java.time, the fraction cut to microseconds, the offset at most 18 hours.
   */
  private static Instant timestamp(String t) {
    int len = t.length();
    if (len < 17 || !dateShaped(t) || t.charAt(10) != 'T' || !digits(t, 11, 13) || t.charAt(13) != ':'
        || !digits(t, 14, 16)) {
      return null;
    }
    int at = 16;
    int second = 0;
    int nanos = 0;
    if (t.charAt(at) == ':') {
      if (len < at + 3 || !digits(t, at + 1, at + 3)) {
        return null;
      }
      second = number(t, at + 1, at + 3);
      at += 3;
      if (at < len && t.charAt(at) == '.') {
        int from = ++at;
        while (at < len && isDigit(t.charAt(at))) {
          at++;
        }
        if (at == from) {
          return null;
        }
        nanos = fractionNanos(t, from, at);
      }
    }
    ZoneId zone;
    if (at == len - 1 && t.charAt(at) == 'Z') {
      zone = ZoneOffset.UTC;
    } else if (at == len - 6 && (t.charAt(at) == '+' || t.charAt(at) == '-')
        && digits(t, at + 1, at + 3) && t.charAt(at + 3) == ':' && digits(t, at + 4, at + 6)) {
      try {
        zone = ZoneId.of(t.substring(at));
      } catch (DateTimeException e) {
        return null;
      }
    } else {
      return null;
    }
    try {
      return LocalDateTime.of(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10), number(t, 11, 13),
          number(t, 14, 16), second, nanos).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Whether the text starts with {@code dddd-dd-dd}. */
  private static boolean dateShaped(String t) {
    return digits(t, 0, 4) && t.charAt(4) == '-' && digits(t, 5, 7) && t.charAt(7) == '-' && digits(t, 8, 10);
  }

  /** The fraction's first six digits as nanoseconds: Spark keeps microseconds and drops the rest. */
  private static int fractionNanos(String t, int from, int to) {
    int micros = 0;
    for (int i = 0; i < 6; i++) {
      micros = micros * 10 + (from + i < to ? t.charAt(from + i) - '0' : 0);
    }
    return micros * 1000;
  }

  /** The distinct upper-cased, trimmed parts of a |-separated list, in code point order, joined by |. */
  private static String threatList(String t) {
    TreeSet<String> parts = new TreeSet<>(CODE_POINT_ORDER);
    for (String part : t.split("\\|", -1)) {
      parts.add(upper(WhiteSpace.trim(part)));
    }
    return String.join("|", parts);
  }

  private static boolean allAllowed(String t, Set<String> allowed) {
    for (String part : t.split("\\|", -1)) {
      if (!allowed.contains(upper(WhiteSpace.trim(part)))) {
        return false;
      }
    }
    return true;
  }

  /** The order of Spark's strings (their UTF-8 bytes), which is code point order, not UTF-16's. */
  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean digits(String t, int from, int to) {
    if (t.length() < to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int number(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + t.charAt(i) - '0';
    }
    return v;
  }
}
