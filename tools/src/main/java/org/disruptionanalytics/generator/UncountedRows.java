package org.disruptionanalytics.generator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The rows of the published sample that must not count towards the table, in realistic numbers:
 * rejected and not-yet-validated claims (some of them partners of a counted joint operation, dated
 * earlier and rated higher, so that counting them would move or raise the event), validated claims of
 * other threat areas, superseded versions of counted records (older status, severity, date or threat
 * area, dates crossing a quarter's edge), records whose newest version is rejected or reclassified,
 * conflicting copies, identical copies (also re-sent through another file and format, or with other
 * case and padding), and quarantined rows, some of them a newer version of a counted record whose
 * older version therefore still counts.
 *
 * <p>Made in two steps, because a record's key is given out only once all records exist (in the order
 * they were recorded): {@link #records} makes the records of their own, {@link #finish} then adds the
 * versions, copies and spoilt values that need a record's key.
 */
final class UncountedRows {
  private static final int REJECTED = 70;
  private static final int CLAIMED = 60;
  private static final int OTHER_THREAT = 100;
  private static final int REJECTED_LATER = 25;
  private static final int RECLASSIFIED = 5;
  private static final int CONFLICTS = 3;
  private static final int CLAIMED_PARTNERS = 20;
  private static final int REJECTED_PARTNERS = 6;
  private static final int OLDER_CLAIMED = 45;
  private static final int OLDER_SEVERITY = 20;
  /** Each way: an older date in the quarter before, and one in the quarter after. */
  private static final int OLDER_DATE_ACROSS = 8;
  private static final int OLDER_THREAT = 8;
  private static final int COPIES = 15;
  private static final int NORMALISED_COPIES = 8;
  private static final int RESENT_COPIES = 10;
  private static final int SPOILT_NEWER = 6;
  /** Claims awaiting validation pile up towards the as-of: half of them fall in its last weeks. */
  private static final int RECENT_DAYS = 45;
  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

  private enum Kind { REJECTED, CLAIMED, OTHER_THREAT, REJECTED_LATER, RECLASSIFIED, CONFLICT, PARTNER, QUARANTINED }

  /** How a quarantined record is spoilt, how many such rows there are, and whose row it is (null: any agency). */
  private enum Spoil {
    DAY_PAST_MONTH_END(Reason.BAD_DATE, 5, null),
    DAY_FIRST_DATE(Reason.BAD_DATE, 3, null),
    COMPACT_DATE(Reason.BAD_DATE, 2, null),
    SEVERITY_CRITICAL(Reason.BAD_ENUM, 3, null),
    STATUS_APPROVED(Reason.BAD_ENUM, 3, null),
    TYPE_DETENTION(Reason.BAD_ENUM, 2, null),
    THREAT_IMMIGRATION(Reason.BAD_ENUM, 2, null),
    AGENCY_ROCU(Reason.BAD_ENUM, 2, "NCA"),
    NO_SEVERITY(Reason.MISSING_FIELD, 2, null),
    NO_TYPE(Reason.MISSING_FIELD, 2, null),
    NO_ID(Reason.MISSING_FIELD, 1, null),
    BLANK_STATUS(Reason.MISSING_FIELD, 1, null),
    NO_DATE(Reason.MISSING_FIELD, 1, null),
    NO_REGION(Reason.MISSING_FIELD, 3, "BF"),
    UNKNOWN_FORCE(Reason.UNKNOWN_FORCE, 8, "POLICE"),
    NO_FORCE(Reason.FORCE_REQUIRED, 2, "POLICE"),
    UNKNOWN_REGION(Reason.UNKNOWN_REGION, 3, "IE"),
    RECORDED_BEFORE(Reason.DATE_ORDER, 2, null);

    private static final List<String> BAD_FORCES = List.of("MET", "KENT", "XYZ", "WMID", "SURREY", "T01", "GMPX");
    private static final List<String> BAD_REGIONS = List.of("LON", "SCOT", "EUROPE");

    final Reason reason;
    final int rows;
    final String agency;

    Spoil(Reason reason, int rows, String agency) {
      this.reason = reason;
      this.rows = rows;
      this.agency = agency;
    }

    void apply(Row row, SplittableRandom r) {
      LocalDate date = LocalDate.parse(row.text("disruption_date"));
      switch (this) {
        case DAY_PAST_MONTH_END -> {
          YearMonth month = YearMonth.from(date);
          row.set("disruption_date", month + "-" + (month.lengthOfMonth() + 1));
        }
        case DAY_FIRST_DATE -> row.set("disruption_date", date.format(DAY_FIRST));
        case COMPACT_DATE -> row.set("disruption_date", date.format(COMPACT));
        case SEVERITY_CRITICAL -> row.set("severity", "CRITICAL");
        case STATUS_APPROVED -> row.set("status", "APPROVED");
        case TYPE_DETENTION -> row.set("disruption_type", "DETENTION");
        case THREAT_IMMIGRATION -> row.set("threat_area", "IMMIGRATION");
        case AGENCY_ROCU -> row.set("agency_code", "ROCU");
        case NO_SEVERITY -> row.set("severity", null);
        case NO_TYPE -> row.set("disruption_type", "");
        case NO_ID -> row.set("disruption_id", null);
        case BLANK_STATUS -> row.set("status", "  ");
        case NO_DATE -> row.set("disruption_date", null);
        case NO_REGION -> row.set("region_code", null).set("force_code", null);
        case UNKNOWN_FORCE -> row.set("force_code", BAD_FORCES.get(r.nextInt(BAD_FORCES.size())));
        case NO_FORCE -> row.set("force_code", null).set("region_code", "LDN");
        case UNKNOWN_REGION -> row.set("region_code", BAD_REGIONS.get(r.nextInt(BAD_REGIONS.size())));
        case RECORDED_BEFORE -> row.set("recorded_date", date.minusDays(1 + r.nextInt(5)).toString());
        default -> throw new IllegalStateException("unknown spoil " + this);
      }
    }
  }

  private record Pending(Kind kind, Row row, Spoil spoil) {}

  private final ClaimFactory claims;
  private final CountedEvents counted;
  private final LocalDate first;
  private final LocalDate asOf;
  private final SplittableRandom r;
  private final List<Pending> pending = new ArrayList<>();
  private final Set<Row> used = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<PublishedRow> out = new ArrayList<>();

  UncountedRows(ClaimFactory claims, CountedEvents counted, LocalDate first, LocalDate asOf, SplittableRandom r) {
    this.claims = claims;
    this.counted = counted;
    this.first = first;
    this.asOf = asOf;
    this.r = r;
  }

  /** Step one: the records of their own, without keys yet. */
  List<Row> records() {
    Timeline all = new Timeline(first, asOf);
    for (int i = 0; i < REJECTED; i++) {
      add(Kind.REJECTED, oic(claims.agency(r), all.trendDay(r), claims.severity(r), "REJECTED"));
    }
    for (int i = 0; i < CLAIMED; i++) {
      LocalDate day = i % 2 == 0 ? Timeline.between(r, asOf.minusDays(RECENT_DAYS), asOf) : all.trendDay(r);
      add(Kind.CLAIMED, oic(claims.agency(r), day, claims.severity(r), "CLAIMED"));
    }
    for (int i = 0; i < OTHER_THREAT; i++) {
      String agency = claims.agency(r);
      add(Kind.OTHER_THREAT, claims.claim(r, agency, all.trendDay(r), claims.otherThreat(r, agency),
          claims.severity(r), "VALIDATED", null, null));
    }
    for (int i = 0; i < REJECTED_LATER; i++) {
      add(Kind.REJECTED_LATER, oic(claims.agency(r), all.trendDay(r), claims.severity(r), "VALIDATED"));
    }
    for (int i = 0; i < RECLASSIFIED; i++) {
      add(Kind.RECLASSIFIED, oic(claims.agency(r), all.trendDay(r), claims.severity(r), "VALIDATED"));
    }
    for (int i = 0; i < CONFLICTS; i++) {
      add(Kind.CONFLICT, oic(claims.agency(r), all.trendDay(r), Severity.MINOR, "VALIDATED"));
    }
    partners();
    for (Spoil s : Spoil.values()) {
      for (int i = 0; i < s.rows; i++) {
        String agency = s.agency != null ? s.agency : claims.agency(r);
        pending.add(new Pending(Kind.QUARANTINED, oic(agency, all.trendDay(r), claims.severity(r), "VALIDATED"), s));
      }
    }
    return pending.stream().map(Pending::row).toList();
  }

  /**
   * Step two, once every record has its key: the rows of step one with their outcomes, and the versions,
   * copies and spoilt rows around them and around the counted claims. The counted claims themselves may
   * get a later last_updated here (when an older version precedes them) but stay counted.
   */
  List<PublishedRow> finish() {
    for (Pending p : pending) {
      finish(p);
    }
    List<Row> countedClaims = counted.claims();
    for (int i = 0; i < OLDER_CLAIMED; i++) {
      Row claim = pick(countedClaims, c -> true);
      older(claim, claim.copy().set("status", "CLAIMED"));
    }
    for (int i = 0; i < OLDER_SEVERITY; i++) {
      Row claim = pick(countedClaims, c -> true);
      Severity now = Severity.valueOf(claim.text("severity"));
      Severity then = Severity.values()[(now.ordinal() + 1 + r.nextInt(2)) % 3];
      older(claim, claim.copy().set("severity", then.name()));
    }
    for (int i = 0; i < OLDER_DATE_ACROSS; i++) {
      Row claim = pick(countedClaims, c -> !quarterStart(c).equals(quarterStart(first))
          && day(c).isBefore(quarterStart(c).plusDays(6)));
      LocalDate before = quarterStart(claim).minusDays(1 + r.nextInt(5));
      older(claim, claim.copy().set("disruption_date", before.toString()));
    }
    for (int i = 0; i < OLDER_DATE_ACROSS; i++) {
      Row claim = pick(countedClaims, c -> quarterEnd(c).plusDays(10).isBefore(asOf)
          && day(c).isAfter(quarterEnd(c).minusDays(6)));
      LocalDate after = quarterEnd(claim).plusDays(1 + r.nextInt(5));
      // Recorded after the wrong date was entered: both versions keep the later recorded_date.
      LocalDate recorded = LocalDate.parse(claim.text("recorded_date"));
      if (recorded.isBefore(after)) {
        claim.set("recorded_date", claims.notAfterAsOf(after.plusDays(r.nextInt(3))).toString());
      }
      older(claim, claim.copy().set("disruption_date", after.toString()));
    }
    for (int i = 0; i < OLDER_THREAT; i++) {
      Row claim = pick(countedClaims, c -> true);
      older(claim, claim.copy().set("threat_area", "MSHT"));
    }
    for (int i = 0; i < COPIES; i++) {
      Row claim = pick(countedClaims, c -> true);
      emit(fileOf(claim, false), claim.copy(), Outcome.DUPLICATE_DROPPED);
    }
    for (int i = 0; i < NORMALISED_COPIES; i++) {
      Row claim = pick(countedClaims, c -> !c.text("source_system").equals("PND"));
      Row copy = claim.copy()
          .set("agency_code", claim.text("agency_code").toLowerCase(Locale.ROOT))
          .set("threat_area", " " + claim.text("threat_area").toLowerCase(Locale.ROOT))
          .set("severity", claim.text("severity").toLowerCase(Locale.ROOT) + " ")
          .set("status", " Validated ");
      emit(fileOf(claim, false), copy, Outcome.DUPLICATE_DROPPED);
    }
    for (int i = 0; i < RESENT_COPIES; i++) {
      Row claim = pick(countedClaims, c -> c.text("source_system").equals("PND") && sameRegionEitherWay(c));
      Row copy = claim.copy().set("region_code", claim.text("region_code") == null ? forceRegion(claim) : null);
      if (i % 2 == 0) {
        // The same instant, written in UK summer-time notation by the resubmitting system.
        copy.set("last_updated", OffsetDateTime.parse(claim.text("last_updated"))
            .withOffsetSameInstant(ZoneOffset.ofHours(1)).toString());
      }
      emit(fileOf(claim, true), copy, Outcome.DUPLICATE_DROPPED);
    }
    for (int i = 0; i < SPOILT_NEWER; i++) {
      Row claim = pick(countedClaims, c -> true);
      Row newer = claim.copy();
      Reason reason = i % 2 == 0 ? Reason.BAD_ENUM : Reason.BAD_DATE;
      (reason == Reason.BAD_ENUM ? Spoil.SEVERITY_CRITICAL : Spoil.DAY_PAST_MONTH_END).apply(newer, r);
      version(claim, newer);
      emit(fileOf(claim, reason == Reason.BAD_DATE), newer, Outcome.quarantined(reason));
    }
    return out;
  }

  private void finish(Pending p) {
    Row row = p.row();
    switch (p.kind()) {
      case REJECTED, CLAIMED, OTHER_THREAT, PARTNER -> emit(fileOf(row, false), row, Outcome.VALID);
      case REJECTED_LATER -> {
        Row newer = row.copy().set("status", "REJECTED");
        version(row, newer);
        emit(fileOf(row, false), row, Outcome.SUPERSEDED);
        // Some police rejections arrive through the resubmission file, so the versions span two files.
        emit(fileOf(row, r.nextBoolean()), newer, Outcome.VALID);
      }
      case RECLASSIFIED -> {
        Row newer = row.copy().set("threat_area", claims.otherThreat(r, row.text("agency_code")));
        version(row, newer);
        emit(fileOf(row, false), row, Outcome.SUPERSEDED);
        emit(fileOf(row, false), newer, Outcome.VALID);
      }
      case CONFLICT -> {
        Row older = row.copy().set("status", "CLAIMED");
        version(older, row);
        emit(fileOf(row, false), older, Outcome.SUPERSEDED);
        emit(fileOf(row, false), row, Outcome.DUPLICATE_CONFLICT);
        emit(fileOf(row, false), row.copy().set("severity", Severity.MODERATE.name()), Outcome.DUPLICATE_CONFLICT);
      }
      case QUARANTINED -> {
        // Police rows with a bad date come through the text resubmission file: Parquet types its dates.
        String file = fileOf(row, p.spoil().reason == Reason.BAD_DATE);
        p.spoil().apply(row, r);
        emit(file, row, Outcome.quarantined(p.spoil().reason));
      }
      default -> throw new IllegalStateException("unknown kind " + p.kind());
    }
  }

  /**
   * Partners of counted joint operations that must not count: claims not yet validated (and some
   * rejected) under the same joint_ref, a few days before the event (across a quarter's start for the
   * first few) and one level more severe, by an agency not already in the operation.
   */
  private void partners() {
    List<CountedEvents.Event> joints = counted.events.stream().filter(e -> e.jointRef() != null).toList();
    Set<CountedEvents.Event> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < CLAIMED_PARTNERS + REJECTED_PARTNERS; i++) {
      boolean atQuarterStart = i < 5;
      CountedEvents.Event e;
      int tries = 0;
      do {
        e = joints.get(r.nextInt(joints.size()));
        if (++tries > 100_000) {
          throw new IllegalStateException("no joint event left for a partner claim");
        }
      } while (taken.contains(e) || (atQuarterStart && !(e.date().getDayOfMonth() <= 3
          && e.date().getMonthValue() % 3 == 1 && e.date().isAfter(first.plusDays(3)))));
      taken.add(e);
      List<String> agencies = e.claims().stream().map(c -> c.text("agency_code")).toList();
      String agency;
      do {
        agency = claims.agency(r);
      } while (agencies.contains(agency));
      Severity higher = Severity.values()[Math.max(0, e.severity().ordinal() - 1)];
      String status = i < CLAIMED_PARTNERS ? "CLAIMED" : "REJECTED";
      LocalDate day = e.date().minusDays(1 + r.nextInt(3));
      // Never before the series starts: a kept row's date decides the first month of the data.
      add(Kind.PARTNER, claims.claim(r, agency, day.isBefore(first) ? first : day, "OIC", higher, status,
          e.region(), e.jointRef()));
    }
  }

  private Row oic(String agency, LocalDate day, Severity severity, String status) {
    return claims.claim(r, agency, day, "OIC", severity, status, null, null);
  }

  private void add(Kind kind, Row row) {
    pending.add(new Pending(kind, row, null));
  }

  /** An older version of a counted claim, with other values: superseded, so only the claim counts. */
  private void older(Row claim, Row olderVersion) {
    version(olderVersion, claim);
    emit(fileOf(claim, false), olderVersion, Outcome.SUPERSEDED);
  }

  /**
   * Dates two versions of one record: the older is last updated on the morning of its recorded day, the
   * newer in the afternoon of a later day (or the same day when that is the as-of).
   */
  private void version(Row older, Row newer) {
    String source = newer.text("source_system");
    LocalDate recorded = LocalDate.parse(older.text("recorded_date"));
    older.set("last_updated", claims.stamp(source, recorded, 7 * 3600 + r.nextInt(5 * 3600)));
    LocalDate later = recorded.isBefore(asOf) ? claims.laterDay(r, recorded) : recorded;
    newer.set("last_updated", claims.stamp(source, later, 13 * 3600 + r.nextInt(6 * 3600)));
  }

  private void emit(String file, Row row, String outcome) {
    out.add(new PublishedRow(file, row, outcome));
  }

  /** A counted claim not used by another case yet, that meets the condition. */
  private Row pick(List<Row> candidates, Predicate<Row> condition) {
    for (int tries = 0; tries < 1_000_000; tries++) {
      Row c = candidates.get(r.nextInt(candidates.size()));
      if (!used.contains(c) && condition.test(c)) {
        used.add(c);
        return c;
      }
    }
    throw new IllegalStateException("no counted claim left for a planted case");
  }

  private static String fileOf(Row row, boolean resent) {
    return PublishedSample.fileOf(row.text("source_system"), resent);
  }

  private boolean sameRegionEitherWay(Row claim) {
    String region = claim.text("region_code");
    String forceRegion = forceRegion(claim);
    return !forceRegion.isEmpty() && (region == null || region.equals(forceRegion));
  }

  private String forceRegion(Row claim) {
    return claims.forceRegion(claim.text("force_code"));
  }

  private static LocalDate day(Row claim) {
    return LocalDate.parse(claim.text("disruption_date"));
  }

  private static LocalDate quarterStart(Row claim) {
    return quarterStart(day(claim));
  }

  private static LocalDate quarterStart(LocalDate d) {
    return LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
  }

  private static LocalDate quarterEnd(Row claim) {
    return quarterStart(claim).plusMonths(3).minusDays(1);
  }
}
