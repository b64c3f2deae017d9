package org.disruptionanalytics.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.InputFormat;
import org.disruptionanalytics.raw.TextRecordParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files read through a mapping: renamed CSV headers and nested JSON paths; expected values by hand. */
class MappedParsingTest {

  @TempDir Path root;

  private static final List<String> COLUMNS = InputDataset.DISRUPTIONS.columns();

  private List<Row> parse(InputFormat format, String mapping, String text) {
    SourceMapping m = MappingFiles.only(root, mapping, "disruptions/x.csv");
    List<Row> rows = new ArrayList<>();
    TextRecordParser.rows(InputDataset.DISRUPTIONS, format, "disruptions/x", m,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).forEachRemaining(rows::add);
    return rows;
  }

  /** row_number, malformed, the named contract columns, then the mapping reasons. */
  private static List<Object> summary(Row r, String... columns) {
    List<Object> out = new ArrayList<>(List.of(r.getLong(2), r.getBoolean(4)));
    for (String c : columns) {
      out.add(r.get(6 + COLUMNS.indexOf(c)));
    }
    out.add(r.isNullAt(r.size() - 1) ? null : r.getList(r.size() - 1));
    return out;
  }

  @Test
  void csvHeadersAreRenamedAndConstantsAndCodesApplied() {
    List<Row> rows = parse(InputFormat.CSV, "{'dataset': 'disruptions', 'files': 'disruptions/',"
        + " 'columns': {'disruption_id': 'Disruption Ref', 'disruption_date': 'Date of Disruption',"
        + "   'force_code': 'Force', 'last_updated': 'Last Modified'},"
        + " 'constants': {'source_system': 'MPS', 'agency_code': 'POLICE'},"
        + " 'codes': {'force_code': {'Met': 'MPS'}},"
        + " 'date_format': 'dd/MM/yyyy', 'timestamp_format': 'dd/MM/yyyy HH:mm', 'timestamp_zone': 'Europe/London'}",
        String.join("\n",
            "DISRUPTION REF , date of disruption,Force,Borough,source_system,severity,Last Modified",
            "MPS-1,03/10/2026,Met,Newham,PND,MAJOR,05/10/2026 12:00",
            "MPS-2,2026-10-03,Kent,Brent,PND,minor,",
            "MPS-3,03/10/2026"));
    String[] show = {"source_system", "disruption_id", "agency_code", "force_code", "disruption_date", "severity",
        "last_updated"};
    assertEquals(Arrays.asList(2L, false, "MPS", "MPS-1", "POLICE", "MPS", "2026-10-03", "MAJOR",
        "2026-10-05T11:00:00Z", null), summary(rows.get(0), show));
    assertEquals(Arrays.asList(3L, false, "MPS", "MPS-2", "POLICE", "Kent", "2026-10-03", "minor", "",
        List.of("BAD_DATE", "UNKNOWN_FORCE")), summary(rows.get(1), show));
    assertEquals(Arrays.asList(4L, true, null, null, null, null, null, null, null, null), summary(rows.get(2), show));
    // The file's own source_system column is replaced by the constant, so it is ignored like Borough.
    assertEquals(List.of("borough", "source_system"), rows.get(0).getList(5));
  }

  private static final String NESTED = "{'dataset': 'disruptions', 'files': 'disruptions/',"
      + " 'columns': {'disruption_id': 'case.id', 'source_system': 'case.system', 'disruption_date': 'event.date',"
      + "   'severity': 'grading.severity', 'agency_code': 'agency'},"
      + " 'codes': {'severity': {'Major': 'MAJOR'}, 'agency_code': {'Border Force': 'BF'}}}";

  @Test
  void jsonPathsReachNestedValuesIgnoringTheCaseOfKeys() {
    List<Row> rows = parse(InputFormat.JSON_LINES, NESTED, String.join("\n",
        "{'Case':{'ID':'C1','system':'IE'},'event':{'date':'2026-10-03','notes':'x'},'grading':{'severity':'major'},"
            + "'agency':'Border Force','status':'VALIDATED','caseworker':'HO-1'}",
        "{'case':{'id':7},'event':{},'grading':{'severity':null},'agency':'Home Office'}",
        "{'case':{'id':'C3','system':'IE'},'event':null,'agency':'Border Force'}").replace('\'', '"'));
    String[] show = {"source_system", "disruption_id", "agency_code", "disruption_date", "severity", "status"};
    assertEquals(Arrays.asList(1L, false, "IE", "C1", "BF", "2026-10-03", "MAJOR", "VALIDATED", null),
        summary(rows.get(0), show));
    assertEquals(List.of("event.notes", "caseworker"), rows.get(0).getList(5));
    // A path absent or null on the way is a missing value, for validation to judge.
    assertEquals(Arrays.asList(2L, false, null, "7", "Home Office", null, null, null, List.of("BAD_ENUM")),
        summary(rows.get(1), show));
    assertEquals(Arrays.asList(3L, false, "IE", "C3", "BF", null, null, null, null), summary(rows.get(2), show));
  }

  @Test
  void aPathThatEndsOnOrRunsIntoSomethingOtherThanAnObjectIsMalformed() {
    List<Row> rows = parse(InputFormat.JSON_LINES, NESTED, String.join("\n",
        "{'case':{'id':{'local':'C1'}},'agency':'Border Force'}",
        "{'case':{'id':'C2'},'grading':'Major'}",
        "{'case':['C3']}",
        "{'case':{'id':'C4'},'disruption_id':'X','event':{'date':'2026-10-03'}}").replace('\'', '"'));
    String[] show = {"disruption_id", "agency_code"};
    assertEquals(Arrays.asList(1L, true, null, null, null), summary(rows.get(0), show));
    assertEquals(Arrays.asList(2L, true, null, null, null), summary(rows.get(1), show));
    assertEquals(Arrays.asList(3L, true, null, null, null), summary(rows.get(2), show));
    // The contract's own key is not read when the mapping renames the column.
    assertEquals(Arrays.asList(4L, false, "C4", null, null), summary(rows.get(3), show));
    assertEquals(List.of("disruption_id"), rows.get(3).getList(5));
  }
}
