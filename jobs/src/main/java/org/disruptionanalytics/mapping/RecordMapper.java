package org.disruptionanalytics.mapping;

import static org.disruptionanalytics.contract.Columns.FORCE_CODE;
import static org.disruptionanalytics.contract.Columns.REGION_CODE;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.disruptionanalytics.dataset.ColumnRule;
import org.disruptionanalytics.dataset.DatasetRules;
import org.disruptionanalytics.dataset.ReasonCode;
import org.disruptionanalytics.dataset.WhiteSpace;

/**
 * Applies a source mapping to the values of one record: constants, code maps, and dates and
 * timestamps rewritten as the contract writes them, so that validation downstream is the same for
 * every source. A value the mapping cannot convert is passed on as written with a reason code,
 * never turned into a silent null. Built once per file, in the task that parses it.
 */
public final class RecordMapper {

  private final String[] constants;
  private final Map<String, String>[] codes;
  private final ReasonCode[] uncoveredCode;
  private final boolean[] isDate;
  private final boolean[] isTimestamp;
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter timestampFormat;
  private final ZoneId zone;

  @SuppressWarnings("unchecked")
  public RecordMapper(SourceMapping mapping) {
    List<ColumnRule> rules = DatasetRules.of(mapping.dataset(), List.of()).columns();
    List<String> columns = mapping.dataset().columns();
    int n = columns.size();
    constants = new String[n];
    codes = new Map[n];
    uncoveredCode = new ReasonCode[n];
    isDate = new boolean[n];
    isTimestamp = new boolean[n];
    for (int i = 0; i < n; i++) {
      String c = columns.get(i);
      constants[i] = mapping.constants().get(c);
      codes[i] = mapping.codes().get(c);
      uncoveredCode[i] = c.equals(FORCE_CODE) ? ReasonCode.UNKNOWN_FORCE
          : c.equals(REGION_CODE) ? ReasonCode.UNKNOWN_REGION : ReasonCode.BAD_ENUM;
      ColumnRule.Kind kind = rules.stream().filter(r -> r.name().equals(c)).findFirst().orElseThrow().kind();
      isDate[i] = kind == ColumnRule.Kind.DATE;
      isTimestamp[i] = kind == ColumnRule.Kind.TIMESTAMP;
    }
    dateFormat = mapping.dateFormat() == null ? null : SourcePattern.compile(mapping.dateFormat());
    timestampFormat = mapping.timestampFormat() == null ? null : SourcePattern.compile(mapping.timestampFormat());
    zone = mapping.timestampZone() == null ? null : ZoneId.of(mapping.timestampZone());
  }

  /** The record's contract values (in contract order, as read; null where absent) mapped. */
  public MappedRecord map(String[] read) {
    String[] out = new String[read.length];
    Set<ReasonCode> reasons = EnumSet.noneOf(ReasonCode.class);
    for (int i = 0; i < read.length; i++) {
      if (constants[i] != null) {
        out[i] = constants[i];
        continue;
      }
      String value = read[i];
      String trimmed = value == null ? "" : WhiteSpace.trim(value);
      // An empty value is missing, which validation reports; only a given value is converted.
      if (trimmed.isEmpty()) {
        out[i] = value;
      } else if (codes[i] != null) {
        out[i] = code(i, value, trimmed, reasons);
      } else if (isDate[i] && dateFormat != null) {
        out[i] = date(value, trimmed, reasons);
      } else if (isTimestamp[i] && timestampFormat != null) {
        out[i] = timestamp(value, trimmed, reasons);
      } else {
        out[i] = value;
      }
    }
    return new MappedRecord(out, reasons.stream().map(Enum::name).toList());
  }

  private String code(int i, String value, String trimmed, Set<ReasonCode> reasons) {
    String mapped = codes[i].get(trimmed.toLowerCase(Locale.ROOT));
    if (mapped == null) {
      reasons.add(uncoveredCode[i]);
      return value;
    }
    return mapped;
  }

  private String date(String value, String trimmed, Set<ReasonCode> reasons) {
    try {
      return LocalDate.from(dateFormat.parse(trimmed)).toString();
    } catch (DateTimeException e) {
      reasons.add(ReasonCode.BAD_DATE);
      return value;
    }
  }

  /**
   * The instant in UTC ({@link java.time.Instant#toString()}). A local time is placed in the
   * mapping's zone: one that the clocks skip (the spring gap) does not exist and is
   * BAD_TIMESTAMP; one they pass twice (the autumn overlap) takes the earlier, summer-time offset.
   */
  private String timestamp(String value, String trimmed, Set<ReasonCode> reasons) {
    try {
      TemporalAccessor t = timestampFormat.parse(trimmed);
      if (t.isSupported(ChronoField.OFFSET_SECONDS) || t.query(TemporalQueries.zoneId()) != null) {
        return ZonedDateTime.from(t).toInstant().toString();
      }
      LocalDateTime local = LocalDateTime.from(t);
      ZonedDateTime placed = ZonedDateTime.ofLocal(local, zone, null);
      if (!placed.toLocalDateTime().equals(local)) {
        reasons.add(ReasonCode.BAD_TIMESTAMP);
        return value;
      }
      return placed.toInstant().toString();
    } catch (DateTimeException e) {
      reasons.add(ReasonCode.BAD_TIMESTAMP);
      return value;
    }
  }
}
