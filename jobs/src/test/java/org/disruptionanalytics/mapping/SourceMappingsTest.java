package org.disruptionanalytics.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.disruptionanalytics.InputFolder;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.InputFormat;
import org.disruptionanalytics.raw.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every load-time error of a mapping: a config error of one line naming the mapping file and key. */
class SourceMappingsTest {

  @TempDir Path root;

  private static final String BASE = "'dataset': 'disruptions', 'files': 'disruptions/x.csv'";

  /** The message of the config error that loading this one mapping file gives. */
  private String loadError(String singleQuoted) {
    MappingFiles.write(root, "m.json", singleQuoted);
    PipelineException e = assertThrows(PipelineException.class, () -> MappingFiles.load(root));
    assertEquals(PipelineException.Kind.CONFIG, e.kind());
    return e.getMessage();
  }

  @Test
  void unknownKeysWrongTypesAndBadJsonAreNamed() {
    assertEquals("mapping file mappings/m.json: unknown key 'date_fromat' (known keys: codes, columns, constants,"
        + " dataset, date_format, description, encoding, files, timestamp_format, timestamp_zone)",
        loadError("{" + BASE + ", 'date_fromat': 'dd/MM/yyyy'}"));
    assertEquals("mapping file mappings/m.json: bad value for 'columns.disruption_id': Cannot coerce"
        .substring(0, 70), loadError("{" + BASE + ", 'columns': {'disruption_id': 7}}").substring(0, 70));
    assertEquals("mapping file mappings/m.json is not valid JSON (line 1, column 65): Duplicate field 'files'",
        loadError("{" + BASE + ", 'files': 'b'}").replaceAll("\\s*at \\[.*$", ""));
  }

  @Test
  void datasetAndFilesAreRequiredAndChecked() {
    assertEquals("mapping file mappings/m.json: dataset is required", loadError("{'files': 'disruptions/'}"));
    assertEquals("mapping file mappings/m.json: dataset 'arrests' is not one of disruptions, investigations,"
        + " ocg_register, ocg_links", loadError("{'dataset': 'arrests', 'files': 'disruptions/'}"));
    assertEquals("mapping file mappings/m.json: files is required (a glob relative to the input root, or a folder"
        + " ending in /)", loadError("{'dataset': 'disruptions'}"));
    assertEquals("mapping file mappings/m.json: files 'disruptions/[a' is not a glob pattern: Missing ']",
        loadError("{'dataset': 'disruptions', 'files': 'disruptions/[a'}"));
  }

  @Test
  void columnsConstantsAndCodesMustNameColumnsOfTheDataset() {
    assertEquals("mapping file mappings/m.json: columns.borough 'borough' is not a column of disruptions",
        loadError("{" + BASE + ", 'columns': {'borough': 'Borough'}}"));
    assertEquals("mapping file mappings/m.json: constants.tier 'tier' is not a column of disruptions",
        loadError("{" + BASE + ", 'constants': {'tier': '1'}}"));
    assertEquals("mapping file mappings/m.json: codes.list_name 'list_name' is not a column of disruptions",
        loadError("{" + BASE + ", 'codes': {'list_name': {'PND': 'PND'}}}"));
    assertEquals("mapping file mappings/m.json: columns.disruption_id is empty",
        loadError("{" + BASE + ", 'columns': {'disruption_id': ' '}}"));
  }

  @Test
  void aColumnIsRenamedOrConstantNotBoth() {
    assertEquals("mapping file mappings/m.json: constants.source_system the column is also renamed in columns;"
        + " give one or the other", loadError("{" + BASE + ", 'columns': {'source_system': 'System'},"
            + " 'constants': {'source_system': 'MPS'}}"));
  }

  @Test
  void codeMapsOnlyOnCodeAndEnumColumnsWithKeysDistinctIgnoringCase() {
    assertEquals("mapping file mappings/m.json: codes.disruption_date is not a code or enum column; code maps"
        + " apply to agency_code, disruption_type, force_code, region_code, severity, source_system, status,"
        + " threat_area", loadError("{" + BASE + ", 'codes': {'disruption_date': {'today': '2026-10-31'}}}"));
    assertEquals("mapping file mappings/m.json: codes.severity the codes 'Major' and 'MAJOR ' differ only in"
        + " letter case or padding, and values are matched ignoring both",
        loadError("{" + BASE + ", 'codes': {'severity': {'Major': 'MAJOR', 'MAJOR ': 'MAJOR'}}}"));
    assertEquals("mapping file mappings/m.json: codes.agency_code the column is a constant; a code map applies"
        + " to values read", loadError("{" + BASE + ", 'constants': {'agency_code': 'IE'},"
            + " 'codes': {'agency_code': {'Immigration Enforcement': 'IE'}}}"));
    assertEquals("mapping file mappings/m.json: codes.severity.Major is empty",
        loadError("{" + BASE + ", 'codes': {'severity': {'Major': ''}}}"));
  }

  @Test
  void badPatternsAndZonesAreNamed() {
    assertEquals("mapping file mappings/m.json: date_format 'dd/MM/yyyy HH:mm' does not give a day (a year, month"
        + " and day, and no time of day)", loadError("{" + BASE + ", 'date_format': 'dd/MM/yyyy HH:mm'}"));
    assertEquals("mapping file mappings/m.json: date_format 'dd/MM/yyyb' is not a java.time pattern",
        loadError("{" + BASE + ", 'date_format': 'dd/MM/yyyb'}").replaceAll(": Unknown.*", ""));
    assertEquals("mapping file mappings/m.json: timestamp_format 'dd/MM/yyyy' does not give a day and a time of day",
        loadError("{" + BASE + ", 'timestamp_format': 'dd/MM/yyyy', 'timestamp_zone': 'UTC'}"));
    assertEquals("mapping file mappings/m.json: timestamp_format 'dd/MM/yyyy HH:mm' has no offset or zone: give"
        + " timestamp_zone (e.g. Europe/London)", loadError("{" + BASE + ", 'timestamp_format': 'dd/MM/yyyy HH:mm'}"));
    assertEquals("mapping file mappings/m.json: timestamp_zone the timestamp_format 'yyyy-MM-dd HH:mmXXX' carries"
        + " its own offset or zone; leave timestamp_zone out", loadError("{" + BASE
            + ", 'timestamp_format': 'yyyy-MM-dd HH:mmXXX', 'timestamp_zone': 'UTC'}"));
    assertEquals("mapping file mappings/m.json: timestamp_zone 'Europe/Londres' is not a time zone (e.g."
        + " Europe/London, UTC)", loadError("{" + BASE + ", 'timestamp_format': 'dd/MM/yyyy HH:mm',"
            + " 'timestamp_zone': 'Europe/Londres'}"));
    assertEquals("mapping file mappings/m.json: timestamp_zone needs timestamp_format: the zone applies to"
        + " timestamps of that pattern", loadError("{" + BASE + ", 'timestamp_zone': 'UTC'}"));
  }

  @Test
  void anEncodingMustBeOneJavaKnowsAndIsKeptByItsCanonicalName() {
    assertEquals("mapping file mappings/m.json: encoding 'windows-1252x' is not a character encoding Java knows"
        + " (e.g. windows-1252, ISO-8859-1, UTF-8)", loadError("{" + BASE + ", 'encoding': 'windows-1252x'}"));
    assertEquals("mapping file mappings/m.json: encoding '' is not a character encoding Java knows"
        + " (e.g. windows-1252, ISO-8859-1, UTF-8)", loadError("{" + BASE + ", 'encoding': ''}"));
    assertEquals("mapping file mappings/m.json: bad value for 'encoding'",
        loadError("{" + BASE + ", 'encoding': 1252}").replaceAll(": Cannot coerce.*", ""));
    assertEquals("windows-1252", MappingFiles.only(root, "{" + BASE + ", 'encoding': 'cp1252'}", "disruptions/x.csv")
        .encoding());
    assertNull(MappingFiles.only(root, "{" + BASE + "}", "disruptions/x.csv").encoding());
  }

  @Test
  void aMappingAppliesToFilesOfItsOwnDatasetThatItsGlobMatches() {
    MappingFiles.write(root, "m.json", "{'dataset': 'disruptions', 'files': 'disruptions/mps/'}");
    SourceMappings mappings = MappingFiles.load(root);
    assertEquals("mappings/m.json",
        mappings.forFile(InputDataset.DISRUPTIONS, InputFormat.CSV, "disruptions/mps/2026/oct.csv").name());
    assertNull(mappings.forFile(InputDataset.DISRUPTIONS, InputFormat.CSV, "disruptions/nca.csv"));
    assertNull(mappings.forFile(InputDataset.INVESTIGATIONS, InputFormat.CSV, "disruptions/mps/a.csv"));
    assertEquals(64, mappings.sha256s().get(0).length());
    assertEquals(List.of(), mappings.warnings());
  }

  /** The listing of an input root with these data files (dataset folder, name, text) and mappings. */
  private InputFiles.Listing list(Map<String, String> mappings, String... files) throws IOException {
    InputFolder in = new InputFolder(root);
    for (int i = 0; i < files.length; i += 3) {
      in.file(files[i], files[i + 1], files[i + 2]);
    }
    mappings.forEach((name, json) -> MappingFiles.write(root, name, json));
    return InputFiles.list(root.toString(), new Configuration(), List.of());
  }

  private static String listError(ThrowingListing listing) {
    PipelineException e = assertThrows(PipelineException.class, listing::run);
    assertEquals(PipelineException.Kind.CONFIG, e.kind());
    return e.getMessage();
  }

  private interface ThrowingListing {
    void run() throws IOException;
  }

  @Test
  void aCsvHeaderLackingAMappedColumnIsNamedWithTheFileAndKey() {
    assertEquals("mapping file mappings/m.json: columns.disruption_date names the column 'Date of Disruption',"
        + " which the header of disruptions/mps.csv lacks", listError(() -> list(
            Map.of("m.json", "{'dataset': 'disruptions', 'files': 'disruptions/mps*.csv',"
                + " 'columns': {'disruption_id': 'Ref', 'disruption_date': 'Date of Disruption'}}"),
            "disruptions", "mps.csv", "REF,Date Of Disruptoin\nA,01/01/2026")));
  }

  @Test
  void oneFileMatchedByTwoMappingsIsAnError() {
    assertEquals("data file disruptions/mps.csv is matched by more than one mapping: mappings/a.json,"
        + " mappings/b.json", listError(() -> list(
            Map.of("a.json", "{'dataset': 'disruptions', 'files': 'disruptions/'}",
                "b.json", "{'dataset': 'disruptions', 'files': 'disruptions/*.csv'}"),
            "disruptions", "mps.csv", InputFolder.DISRUPTIONS_HEADER)));
  }

  @Test
  void aMappingMatchingAParquetFileIsAnError() {
    assertEquals("mapping file mappings/m.json: files 'disruptions/' matches the Parquet file"
        + " disruptions/pnd.parquet: mappings apply to CSV and JSON Lines files only", listError(() -> list(
            Map.of("m.json", "{'dataset': 'disruptions', 'files': 'disruptions/'}"),
            "disruptions", "pnd.parquet", "not read")));
  }

  @Test
  void aMappingMatchingNoFileIsAWarningAndOtherFilesInMappingsAreNotData() throws IOException {
    Files.createDirectories(root.resolve("mappings"));
    Files.writeString(root.resolve("mappings/README.txt"), "notes");
    InputFiles.Listing listing = list(
        Map.of("m.json", "{'dataset': 'investigations', 'files': 'disruptions/mps.csv'}"),
        "disruptions", "mps.csv", InputFolder.DISRUPTIONS_HEADER);
    assertEquals(List.of("no input files in investigations/", "no input files in ocg_register/",
        "ignored file in mappings/ (not .json): mappings/README.txt",
        "mapping file mappings/m.json matches no data file (files 'disruptions/mps.csv')"), listing.warnings());
    assertNull(listing.files().get(0).mapping());
    assertEquals(1, listing.mappingSha256s().size());
  }

  @Test
  void configuredMappingFilesAreReadAsGivenAndAMissingOneIsNamed() throws IOException {
    Path elsewhere = Files.writeString(root.resolve("mps.json"),
        MappingFiles.json("{'dataset': 'disruptions', 'files': 'disruptions/', 'constants': {'source_system': 'MPS'}}"));
    InputFolder in = new InputFolder(root.resolve("in"));
    in.file("disruptions", "mps.csv", "disruption_id\nD1");
    InputFiles.Listing listing = InputFiles.list(in.root().toString(), new Configuration(),
        List.of(elsewhere.toString()));
    assertEquals(elsewhere.toString(), listing.files().get(0).mapping().name());
    assertEquals("mapping file not found: " + root.resolve("none.json"), listError(() ->
        InputFiles.list(in.root().toString(), new Configuration(), List.of(root.resolve("none.json").toString()))));
  }
}
