package org.disruptionanalytics.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disruptionanalytics.dataset.InputDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each conversion of a mapped value, and each reason it can give; expected values worked by hand. */
class RecordMapperTest {

  @TempDir Path root;

  private static final String MPS = "{'dataset': 'disruptions', 'files': 'disruptions/mps_*.csv',"
      + " 'constants': {'source_system': 'MPS', 'agency_code': 'POLICE'},"
      + " 'codes': {'force_code': {'Met': 'MPS', ' City of London ': 'COL'}, 'region_code': {'London': 'LDN'},"
      + "   'severity': {'Major': 'MAJOR', 'Minor': 'MINOR'}},"
      + " 'date_format': 'dd/MM/yyyy', 'timestamp_format': 'dd/MM/yyyy HH:mm', 'timestamp_zone': 'Europe/London'}";

  private RecordMapper mapper(String mapping) {
    return new RecordMapper(MappingFiles.only(root, mapping, "disruptions/mps_1.csv"));
  }

  /** Maps a record given as column/value pairs; returns the values of the named columns, then the reasons. */
  private static List<Object> map(RecordMapper m, List<String> show, String... columnValues) {
    List<String> columns = InputDataset.DISRUPTIONS.columns();
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < columnValues.length; i += 2) {
      given.put(columnValues[i], columnValues[i + 1]);
    }
    String[] read = new String[columns.size()];
    for (int i = 0; i < read.length; i++) {
      read[i] = given.get(columns.get(i));
    }
    MappedRecord r = m.map(read);
    Object[] out = new Object[show.size() + 1];
    for (int i = 0; i < show.size(); i++) {
      out[i] = r.values()[columns.indexOf(show.get(i))];
    }
    out[show.size()] = r.reasons();
    return Arrays.asList(out);
  }

  @Test
  void constantsFillEveryRowWhateverTheFileSays() {
    assertEquals(Arrays.asList("MPS", "POLICE", List.of()),
        map(mapper(MPS), List.of("source_system", "agency_code"), "source_system", "PND"));
  }

  @Test
  void codeMapsMatchTrimmedValuesIgnoringCase() {
    RecordMapper m = mapper(MPS);
    List<String> show = List.of("force_code", "severity");
    assertEquals(Arrays.asList("MPS", "MAJOR", List.of()), map(m, show, "force_code", "Met", "severity", "Major"));
    assertEquals(Arrays.asList("MPS", "MINOR", List.of()), map(m, show, "force_code", " MET\t", "severity", "minor"));
    assertEquals(Arrays.asList("COL", null, List.of()), map(m, show, "force_code", "city of london"));
  }

  @Test
  void aCodeTheMapDoesNotCoverIsPassedOnWithItsReason() {
    RecordMapper m = mapper(MPS);
    List<String> show = List.of("force_code", "region_code", "severity");
    assertEquals(Arrays.asList("Thames Valley", null, null, List.of("UNKNOWN_FORCE")),
        map(m, show, "force_code", "Thames Valley"));
    assertEquals(Arrays.asList(null, "Narnia", null, List.of("UNKNOWN_REGION")),
        map(m, show, "region_code", "Narnia"));
    assertEquals(Arrays.asList(null, null, "Critical", List.of("BAD_ENUM")), map(m, show, "severity", "Critical"));
    // A canonical code is not covered either: the map is the source's whole vocabulary.
    assertEquals(Arrays.asList("KEN", null, null, List.of("UNKNOWN_FORCE")), map(m, show, "force_code", "KEN"));
    // Empty is missing, for validation to judge, not an unknown code.
    assertEquals(Arrays.asList(" ", null, "", List.of()), map(m, show, "force_code", " ", "severity", ""));
  }

  @Test
  void datesAreReadStrictlyInTheSourceFormat() {
    RecordMapper m = mapper(MPS);
    List<String> show = List.of("disruption_date", "recorded_date");
    assertEquals(Arrays.asList("2026-10-03", "2024-02-29", List.of()),
        map(m, show, "disruption_date", "03/10/2026", "recorded_date", " 29/02/2024 "));
    assertEquals(Arrays.asList("31/09/2026", "2026-10-03", List.of("BAD_DATE")),
        map(m, show, "disruption_date", "31/09/2026", "recorded_date", "03/10/2026"));
    assertEquals(Arrays.asList("2026-10-03", "29/02/2026", List.of("BAD_DATE")),
        map(m, show, "disruption_date", "2026-10-03", "recorded_date", "29/02/2026"));
    assertEquals(Arrays.asList("3/10/2026", null, List.of("BAD_DATE")), map(m, show, "disruption_date", "3/10/2026"));
  }

  @Test
  void localTimestampsArePlacedInTheZoneAcrossClockChanges() {
    RecordMapper m = mapper(MPS);
    List<String> show = List.of("last_updated");
    // British Summer Time (UTC+1), then Greenwich Mean Time.
    assertEquals(Arrays.asList("2026-07-01T08:30:00Z", List.of()), map(m, show, "last_updated", "01/07/2026 09:30"));
    assertEquals(Arrays.asList("2026-12-01T09:30:00Z", List.of()), map(m, show, "last_updated", "01/12/2026 09:30"));
    // 25 October 2026: 01:00-02:00 happens twice; the earlier (BST) reading is taken.
    assertEquals(Arrays.asList("2026-10-25T00:30:00Z", List.of()), map(m, show, "last_updated", "25/10/2026 01:30"));
    assertEquals(Arrays.asList("2026-10-25T02:30:00Z", List.of()), map(m, show, "last_updated", "25/10/2026 02:30"));
    // 29 March 2026: clocks go from 01:00 to 02:00, so 01:30 never happened.
    assertEquals(Arrays.asList("29/03/2026 01:30", List.of("BAD_TIMESTAMP")),
        map(m, show, "last_updated", "29/03/2026 01:30"));
    assertEquals(Arrays.asList("2026-03-29T01:00:00Z", List.of()), map(m, show, "last_updated", "29/03/2026 02:00"));
    assertEquals(Arrays.asList("2026-10-05T10:00:00Z", List.of("BAD_TIMESTAMP")),
        map(m, show, "last_updated", "2026-10-05T10:00:00Z"));
    assertEquals(Arrays.asList("31/10/2026 24:00", List.of("BAD_TIMESTAMP")),
        map(m, show, "last_updated", "31/10/2026 24:00"));
  }

  @Test
  void aPatternWithAnOffsetNeedsNoZone() {
    RecordMapper m = mapper("{'dataset': 'disruptions', 'files': 'disruptions/',"
        + " 'timestamp_format': 'dd.MM.yyyy HH:mm:ss XXX'}");
    assertEquals(Arrays.asList("2026-10-31T22:59:59Z", List.of()),
        map(m, List.of("last_updated"), "last_updated", "01.11.2026 00:59:59 +02:00"));
  }

  @Test
  void withoutFormatsDatesAndTimestampsPassUnchanged() {
    RecordMapper m = mapper("{'dataset': 'disruptions', 'files': 'disruptions/', 'constants': {'source_system': 'IE'}}");
    assertEquals(Arrays.asList("2026-10-03", "12/03/2024", "2026-10-05T10:00Z", List.of()),
        map(m, List.of("disruption_date", "recorded_date", "last_updated"), "disruption_date", "2026-10-03",
            "recorded_date", "12/03/2024", "last_updated", "2026-10-05T10:00Z"));
  }

  @Test
  void everyReasonOfARecordIsListedOnceInContractOrder() {
    RecordMapper m = mapper(MPS);
    assertEquals(Arrays.asList(List.of("BAD_DATE", "BAD_TIMESTAMP", "BAD_ENUM", "UNKNOWN_FORCE", "UNKNOWN_REGION")),
        map(m, List.of(), "region_code", "Mars", "force_code", "Kent", "severity", "Huge",
            "disruption_date", "2026-02-30", "recorded_date", "x", "last_updated", "yesterday"));
  }
}
