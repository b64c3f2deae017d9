package org.disruptionanalytics.reports.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rendered summary in Chromium: {@code -Dsummary.html=PATH} (required), {@code -Dscreenshots.dir=DIR}
 * (default target/screenshots), {@code -Dexpected.charts=N} (default 1). Runs only under
 * {@code -Pbrowser}; scripts/browser-test.sh renders the sample and runs it.
 */
@Tag("browser")
class SummaryPageBrowserTest {

  @Test
  void renderedSummaryHasNoConsoleMessagesAllItsChartsAndFitsAPhone() throws Exception {
    String pageProperty = System.getProperty("summary.html", "").trim();
    if (pageProperty.isEmpty()) {
      fail("no page to check: run with -Dsummary.html=<path to summary.html>"
          + " (scripts/browser-test.sh renders the sample and passes it)");
    }
    Path page = resolve(pageProperty);
    assertTrue(Files.isRegularFile(page), "-Dsummary.html: no such file " + page);
    Path screenshots = resolve(System.getProperty("screenshots.dir", "target/screenshots"));
    int minCharts = Integer.getInteger("expected.charts", 1);

    SummaryPageCheck.Report report;
    try (SummaryPageCheck check = SummaryPageCheck.start()) {
      report = check.check(page, minCharts, screenshots);
    }
    report.screenshots().forEach(p -> System.out.println("screenshot: " + p));
    assertEquals("", String.join("\n", report.problems()), page + " has problems in Chromium");
  }

  /** Relative to where mvn was started (the browser profile passes it), else to this module. */
  private static Path resolve(String path) {
    String base = System.getProperty("invocation.dir", "");
    return (base.isEmpty() ? Path.of(path) : Path.of(base).resolve(path)).toAbsolutePath().normalize();
  }
}
