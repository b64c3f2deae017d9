package org.disruptionanalytics.clean;

import static org.apache.spark.sql.functions.*;
import static org.disruptionanalytics.contract.Columns.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.disruptionanalytics.dataset.Codes;
import org.disruptionanalytics.dataset.ColumnRule;
import org.disruptionanalytics.dataset.DatasetRules;
import org.disruptionanalytics.dataset.ReasonCode;
import org.disruptionanalytics.dataset.WhiteSpace;
import org.disruptionanalytics.reference.ReferenceData;

/**
 * Step 1 of CONTRACT.md section 3.1: trims, types and normalises every contract column of the raw
 * layer, derives the region from the force, and lists every reason a row fails, in contract
 * order. Built-in functions only, one projection.
 *
 * <p>The pipeline's validation before {@link RecordValidator}, kept unchanged as the oracle that
 * {@code RecordValidatorEquivalenceTest} holds the plain-Java validator to.
 */
public final class CatalystRowValidation {

  private static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
  private static final String TIMESTAMP_PATTERN =
      "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$";
  private static final String FORCE_REGION = "_force_region";

  private final DatasetRules rules;
  private final ReferenceData reference;

  public CatalystRowValidation(DatasetRules rules, ReferenceData reference) {
    this.rules = rules;
    this.reference = reference;
  }

  /** Raw rows in, typed rows out, with {@code reasons}: an array, empty for a valid row. */
  public Dataset<Row> apply(Dataset<Row> raw) {
    // Three narrow projections that name their intermediate values, rather than one whose
    // expressions repeat each other: Catalyst plans the small trees far faster.
    List<Column> trimmed = lineage();
    List<Column> typed = lineage();
    List<Column> out = lineage();
    trimmed.add(col(MAPPING_REASONS));
    typed.add(col(MAPPING_REASONS));
    for (ColumnRule rule : rules.columns()) {
      trimmed.add(nullif(trim(col(rule.name()), WhiteSpace.CHARACTERS), lit("")).as(rule.name()));
      typed.add(col(rule.name()));
      typed.add(typed(rule, col(rule.name())).as(value(rule.name())));
      Column clean = col(value(rule.name()));
      if (rules.hasForce() && rule.name().equals(REGION_CODE)) {
        clean = coalesce(clean, col(FORCE_REGION));
      }
      out.add(clean.as(rule.name()));
    }
    if (rules.hasForce()) {
      typed.add(forceRegion(upper(col(FORCE_CODE))).as(FORCE_REGION));
    }
    out.add(when(col(MALFORMED), array(lit(ReasonCode.MALFORMED_ROW.name())))
        .otherwise(array_compact(array(reasonChecks().toArray(Column[]::new))))
        .as(REASONS));
    return raw.select(trimmed.toArray(Column[]::new))
        .select(typed.toArray(Column[]::new))
        .select(out.toArray(Column[]::new));
  }

  private static List<Column> lineage() {
    List<Column> cols = new ArrayList<>();
    for (String c : List.of(DATASET, SOURCE_FILE, ROW_NUMBER, RAW_RECORD, MALFORMED, IGNORED_COLUMNS)) {
      cols.add(col(c));
    }
    return cols;
  }

  /** The typed value of a column, beside its trimmed text, while reasons are worked out. */
  private static String value(String column) {
    return "_value_" + column;
  }

  /**
   * One element per reason code, in contract order: the code when it applies, else null. A reason
   * the source mapping found applies too, so the merged list stays deduplicated and in order.
   */
  private List<Column> reasonChecks() {
    Column missing = lit(false);
    Column badDate = lit(false);
    Column badTimestamp = lit(false);
    Column badEnum = lit(false);
    Column badNumber = lit(false);
    for (ColumnRule rule : rules.columns()) {
      Column t = col(rule.name());
      Column present = t.isNotNull();
      if (rules.dataset().requiredColumns().contains(rule.name())) {
        missing = missing.or(t.isNull());
      }
      Column unparsed = present.and(col(value(rule.name())).isNull());
      switch (rule.kind()) {
        case DATE -> badDate = badDate.or(unparsed);
        case TIMESTAMP -> badTimestamp = badTimestamp.or(unparsed);
        case TIER -> badNumber = badNumber.or(unparsed);
        case ENUM -> badEnum = badEnum.or(present.and(not(col(value(rule.name())).isin(rule.allowed().toArray()))));
        case THREAT_LIST -> badEnum = badEnum.or(present.and(not(forall(
            split(t, "\\|"), x -> upper(trim(x, WhiteSpace.CHARACTERS)).isin(rule.allowed().toArray())))));
        default -> { }
      }
    }
    Column forceRequired = lit(false);
    Column unknownForce = lit(false);
    Column unknownRegion = lit(false);
    Column region = col(value(REGION_CODE));
    if (rules.hasForce()) {
      Column force = col(value(FORCE_CODE));
      Column police = coalesce(col(value(rules.agencyColumn().get())).equalTo(Codes.POLICE), lit(false));
      Column forceKnown = coalesce(force.isin(reference.forceRegions().keySet().toArray()), lit(false));
      Column forceWithoutRegion = forceKnown.and(col(FORCE_REGION).isNull());
      Column regionMissing = region.isNull().and(
          when(police, forceWithoutRegion).otherwise(force.isNull().or(forceWithoutRegion)));
      missing = missing.or(regionMissing);
      forceRequired = police.and(force.isNull());
      unknownForce = force.isNotNull().and(not(forceKnown));
    }
    if (rules.columns().stream().anyMatch(r -> r.name().equals(REGION_CODE))) {
      unknownRegion = region.isNotNull().and(not(region.isin(reference.regions().toArray())));
    }
    Column dateOrder = lit(false);
    if (rules.dateOrder().isPresent()) {
      String earlier = rules.dateOrder().get().get(0);
      String later = rules.dateOrder().get().get(1);
      dateOrder = coalesce(col(value(later)).lt(col(value(earlier))), lit(false));
    }
    return List.of(
        reason(missing, ReasonCode.MISSING_FIELD),
        reason(badDate, ReasonCode.BAD_DATE),
        reason(badTimestamp, ReasonCode.BAD_TIMESTAMP),
        reason(badEnum, ReasonCode.BAD_ENUM),
        reason(badNumber, ReasonCode.BAD_NUMBER),
        reason(forceRequired, ReasonCode.FORCE_REQUIRED),
        reason(unknownForce, ReasonCode.UNKNOWN_FORCE),
        reason(unknownRegion, ReasonCode.UNKNOWN_REGION),
        reason(dateOrder, ReasonCode.DATE_ORDER));
  }

  private static Column reason(Column applies, ReasonCode code) {
    Column mapped = coalesce(array_contains(col(MAPPING_REASONS), lit(code.name())), lit(false));
    return when(applies.or(mapped), lit(code.name()));
  }

  private Column forceRegion(Column force) {
    List<Column> entries = new ArrayList<>();
    for (Map.Entry<String, Optional<String>> f : reference.forceRegions().entrySet()) {
      entries.add(lit(f.getKey()));
      entries.add(f.getValue().map(org.apache.spark.sql.functions::lit).orElse(lit(null).cast(DataTypes.StringType)));
    }
    return element_at(map(entries.toArray(Column[]::new)), force);
  }

  /** The typed, normalised value of a trimmed text column; null when it does not parse. */
  static Column typed(ColumnRule rule, Column t) {
    return switch (rule.kind()) {
      case TEXT -> t;
      case CODE, ENUM -> upper(t);
      case REF -> concat(upper(substring_index(t, ":", 1)),
          t.substr(length(substring_index(t, ":", 1)).plus(1), length(t)));
      case DATE -> when(t.rlike(DATE_PATTERN), call_function("try_to_date", t, lit("yyyy-MM-dd")));
      case TIMESTAMP -> when(t.rlike(TIMESTAMP_PATTERN),
          // Spark's cast wants seconds; the contract makes them optional.
          regexp_replace(t, "^(.{10}T\\d{2}:\\d{2})(Z|[+-].*)$", "$1:00$2").try_cast(DataTypes.TimestampType));
      case TIER -> when(t.rlike("^[123]$"), t.cast(DataTypes.IntegerType));
      case THREAT_LIST -> array_join(array_sort(array_distinct(
          transform(split(t, "\\|"), x -> upper(trim(x, WhiteSpace.CHARACTERS))))), "|");
    };
  }
}
