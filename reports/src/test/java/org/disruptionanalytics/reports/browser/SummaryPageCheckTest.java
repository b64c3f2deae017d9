package org.disruptionanalytics.reports.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves the checker: the stand-in summary passes, and each broken fixture fails for its one defect. */
@Tag("browser")
class SummaryPageCheckTest {
  private static SummaryPageCheck check;

  @TempDir
  Path screenshots;

  @BeforeAll
  static void startBrowser() throws IOException {
    check = SummaryPageCheck.start();
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (check != null) {
      check.close();
    }
  }

  @Test
  void standInSummaryPassesAndIsCapturedAtBothWidths() throws Exception {
    SummaryPageCheck.Report report = check.check(fixture("fixture.html"), 2, screenshots);

    assertEquals(List.of(), report.problems());
    assertEquals(List.of(screenshots.resolve("fixture-1280.png"), screenshots.resolve("fixture-390.png")),
        report.screenshots());
    int[] desktop = pngSize(report.screenshots().get(0));
    int[] phone = pngSize(report.screenshots().get(1));
    assertEquals(1280, desktop[0]);
    assertEquals(390, phone[0]);
    // Full page, not the viewport: the stand-in is taller than a phone screen when narrow.
    assertTrue(phone[1] > SummaryPageCheck.PHONE.height(), "phone screenshot height " + phone[1]);
  }

  @Test
  void tooFewChartsFail() throws Exception {
    assertEquals(List.of("found 2 [data-chart] element(s), expected at least 3"), problems("fixture.html", 3));
  }

  @Test
  void anExternalImageFailsOnTheConsoleMessageOfTheBlockedLoad() throws Exception {
    List<String> problems = problems("broken-external-image.html", 1);
    assertOnly(problems, p -> p.startsWith("console: ") && p.contains("example.invalid/logo.png"));
    assertTrue(problems.stream().anyMatch(p -> p.contains("Content Security Policy")), problems::toString);
  }

  @Test
  void aPageWiderThanAPhoneFails() throws Exception {
    List<String> problems = problems("broken-too-wide.html", 1);
    assertOnly(problems,
        p -> p.startsWith("at 390 px: the page is 10") && p.contains("wider than the 390 px window"));
  }

  @Test
  void aChartContainerWithoutItsSvgFails() throws Exception {
    assertEquals(List.of("at 1280 px: chart 'ocg-coverage': no svg[role=img] inside"),
        problems("broken-missing-chart.html", 1));
  }

  @Test
  void aPageWithoutAViewportMetaFails() throws Exception {
    assertEquals(List.of("at 390 px: the page is laid out 980 px wide"
        + " (no <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">?)"),
        problems("broken-no-viewport-meta.html", 1));
  }

  @Test
  void chartsWithoutTitleOrDescriptionOrSizeFail() throws Exception {
    assertEquals(List.of(
        "at 1280 px: chart 'untitled': svg has no non-empty <title>",
        "at 1280 px: chart 'untitled': svg has no non-empty <desc>",
        "at 1280 px: chart 'collapsed': svg renders 0x150 px",
        "at 390 px: chart 'collapsed': svg renders 0x150 px"), problems("broken-empty-charts.html", 1));
  }

  /** Checked with screenshots, so capturing a broken page is exercised too. */
  private List<String> problems(String fixture, int minCharts) throws Exception {
    return check.check(fixture(fixture), minCharts, screenshots).problems();
  }

  private static void assertOnly(List<String> problems, Predicate<String> expected) {
    assertFalse(problems.isEmpty(), "the checker found nothing wrong");
    assertTrue(problems.stream().allMatch(expected), "unexpected problems: " + problems);
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(SummaryPageCheckTest.class.getResource("/browser/" + name).toURI());
  }

  /** Width and height from the PNG's IHDR chunk. */
  private static int[] pngSize(Path png) throws IOException {
    try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
      data.skipNBytes(16);
      return new int[] {data.readInt(), data.readInt()};
    }
  }
}
