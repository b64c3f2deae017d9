package org.disruptionanalytics.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.disruptionanalytics.InputBytes;
import org.disruptionanalytics.InputFolder;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.dataset.InputDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listing of compressed and differently encoded files: what it reads of them, and warns about. */
class InputFilesTest {

  @TempDir Path root;

  private InputFiles.Listing list() {
    return InputFiles.list(root.toString(), new Configuration(), List.of());
  }

  @Test
  void aCompressedCsvHeaderIsReadThroughItsCodecAndAMappingMatchesTheCompressedName() throws Exception {
    InputFolder in = new InputFolder(root);
    byte[] csv = (InputFolder.DISRUPTIONS_HEADER + ",notes\n").getBytes(StandardCharsets.UTF_8);
    in.bytes("disruptions", "a.csv.gz", InputBytes.gzip(csv));
    in.bytes("disruptions", "b.CSV.BZ2", InputBytes.bzip2(csv));
    in.bytes("disruptions", "c.jsonl.gz", InputBytes.gzip("{}\n".getBytes(StandardCharsets.UTF_8)));
    in.file("disruptions", "d.parquet.gz", "not read");
    in.file("disruptions", "e.csv.zip", "not read");
    Files.createDirectories(root.resolve("mappings"));
    Files.writeString(root.resolve("mappings/m.json"),
        "{\"dataset\": \"disruptions\", \"files\": \"disruptions/*.jsonl.gz\", \"encoding\": \"ISO-8859-1\"}");
    InputFiles.Listing listing = list();
    List<InputFile> files = listing.of(InputDataset.DISRUPTIONS);
    assertEquals(List.of("disruptions/a.csv.gz", "disruptions/b.CSV.BZ2", "disruptions/c.jsonl.gz"),
        files.stream().map(InputFile::relativePath).toList());
    assertEquals(List.of(Compression.GZIP, Compression.BZIP2, Compression.GZIP),
        files.stream().map(InputFile::compression).toList());
    assertEquals(List.of("notes"), files.get(0).ignoredColumns());
    assertEquals(List.of("notes"), files.get(1).ignoredColumns());
    assertEquals(Arrays.asList(null, null, "mappings/m.json"),
        files.stream().map(f -> f.mapping() == null ? null : f.mapping().name()).toList());
    assertEquals(List.of("UTF-8", "UTF-8", "ISO-8859-1"), files.stream().map(InputFile::encoding).toList());
    assertEquals(List.of(
        "ignored file of unknown format (not .csv, .jsonl or .parquet, nor .csv or .jsonl compressed as .gz or"
            + " .bz2): disruptions/d.parquet.gz",
        "ignored file of unknown format (not .csv, .jsonl or .parquet, nor .csv or .jsonl compressed as .gz or"
            + " .bz2): disruptions/e.csv.zip",
        "no input files in investigations/", "no input files in ocg_register/"), listing.warnings());
  }

  @Test
  void aHeaderWithBytesNotValidInItsEncodingIsAWarning() {
    new InputFolder(root).bytes("ocg_links", "l.csv",
        InputBytes.utf8("ocg_ref_a,ocg_ref_b,s", 0xE9, "ance\nPND:1,SOC:1,x\n"));
    InputFiles.Listing listing = list();
    assertEquals(List.of("s\uFFFDance"), listing.of(InputDataset.OCG_LINKS).get(0).ignoredColumns());
    assertEquals(List.of("no input files in disruptions/", "no input files in investigations/",
        "no input files in ocg_register/",
        "ocg_links/l.csv: its header holds bytes that are not valid UTF-8 (shown as U+FFFD in its column names)"),
        listing.warnings());
  }

  @Test
  void aFileThatIsNotTheArchiveItsNameSaysStopsTheListing() {
    new InputFolder(root).file("disruptions", "a.csv.gz", InputFolder.DISRUPTIONS_HEADER);
    PipelineException e = assertThrows(PipelineException.class, this::list);
    assertEquals(PipelineException.Kind.INPUT, e.kind());
    assertEquals("cannot read input file " + root.toUri().toString().replaceFirst("/$", "").replaceFirst("^file:/+", "file:/")
        + "/disruptions/a.csv.gz: not a complete gzip file (corrupt or truncated: not a gzip file)", e.getMessage());
  }
}
