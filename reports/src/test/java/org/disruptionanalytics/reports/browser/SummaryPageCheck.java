package org.disruptionanalytics.reports.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens a rendered summary page in Debian's headless Chromium and lists what a reader would find
 * wrong with it: console messages (a load the page's Content-Security-Policy blocked shows up as
 * one), charts missing or empty, sideways scrolling on a 390 px phone. Saves full-page
 * screenshots at both widths. An empty list means the page passed.
 */
final class SummaryPageCheck implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Viewport DESKTOP = new Viewport(1280, 900, false);
  static final Viewport PHONE = new Viewport(390, 844, true);

  /** A device-metrics override; {@code mobile} makes Chromium honour the page's viewport meta as a phone does. */
  record Viewport(int width, int height, boolean mobile) {}

  record Report(List<String> problems, List<Path> screenshots) {}

  /** Per chart container: the problems with its svg, or none. Runs in the page. */
  private static final String CHART_PROBLEMS = """
      const problems = [];
      const charts = document.querySelectorAll('[data-chart]');
      charts.forEach((chart, i) => {
        const name = `chart '${chart.getAttribute('data-chart') || '#' + (i + 1)}'`;
        const svg = chart.querySelector('svg[role=img]');
        if (!svg) { problems.push(`${name}: no svg[role=img] inside`); return; }
        for (const tag of ['title', 'desc']) {
          const el = svg.querySelector(':scope > ' + tag);
          if (!el || !el.textContent.trim()) problems.push(`${name}: svg has no non-empty <${tag}>`);
        }
        const box = svg.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) {
          problems.push(`${name}: svg renders ${box.width}x${box.height} px`);
        }
      });
      return {count: charts.length, problems: problems};
      """;

  // Selenium's own DevTools client warns that it has no binding for Chromium 156; this class speaks
  // CDP through chromedriver (executeCdpCommand), which needs none. Held so the level sticks.
  private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_FINDER.setLevel(Level.OFF);
  }

  private final Path profileDir;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private SummaryPageCheck(Path profileDir, ChromeDriverService service, ChromeDriver driver) {
    this.profileDir = profileDir;
    this.service = service;
    this.driver = driver;
  }

  /** Starts chromedriver and Chromium; fails with the install command when either is missing. */
  static SummaryPageCheck start() throws IOException {
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        throw new IllegalStateException(binary + " is missing: apt-get install chromium chromium-driver"
            + " (scripts/browser-test.sh does it)");
      }
    }
    Path profileDir = Files.createTempDirectory("summary-chromium-");
    // The driver's path given explicitly keeps Selenium Manager from running (it would download one).
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // --no-sandbox: Chromium refuses to start as root with it, and the page is our own file that
    // loads nothing. The rest stop Chromium's own connections, which this machine's closed
    // network refuses (noise, and slow starts); a new empty profile keeps runs independent.
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--user-data-dir=" + profileDir);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return new SummaryPageCheck(profileDir, service, driver);
    } catch (RuntimeException e) {
      service.stop();
      deleteTree(profileDir);
      throw e;
    }
  }

  /**
   * Checks one page. Screenshots go to {@code screenshotsDir} as {@code <page name>-1280.png} and
   * {@code <page name>-390.png}; no screenshots when it is null.
   */
  Report check(Path page, int minCharts, Path screenshotsDir) throws IOException {
    String url = page.toAbsolutePath().normalize().toUri().toString();
    String stem = page.getFileName().toString().replaceFirst("\\.html?$", "");
    List<String> problems = new ArrayList<>();
    List<Path> screenshots = new ArrayList<>();
    Set<String> console = new LinkedHashSet<>();
    drainConsole();

    load(url, DESKTOP);
    Map<?, ?> charts = (Map<?, ?>) driver.executeScript(CHART_PROBLEMS);
    long count = ((Number) charts.get("count")).longValue();
    if (count < minCharts) {
      problems.add("found " + count + " [data-chart] element(s), expected at least " + minCharts);
    }
    for (Object p : (List<?>) charts.get("problems")) {
      problems.add("at " + DESKTOP.width() + " px: " + p);
    }
    screenshot(screenshotsDir, stem, DESKTOP, screenshots);
    console.addAll(drainConsole());

    load(url, PHONE);
    long layoutWidth = number("return document.documentElement.clientWidth");
    long innerWidth = number("return window.innerWidth");
    long scrollWidth = number("return document.documentElement.scrollWidth");
    if (layoutWidth != PHONE.width()) {
      // Without <meta name="viewport" content="width=device-width"> a phone lays the page out 980 px wide.
      problems.add("at " + PHONE.width() + " px: the page is laid out " + layoutWidth
          + " px wide (no <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">?)");
    } else if (scrollWidth > innerWidth || innerWidth != PHONE.width()) {
      // A phone zooms out to fit wide content, so innerWidth grows with it: compare with 390 too.
      problems.add("at " + PHONE.width() + " px: the page is " + scrollWidth + " px wide, wider than the "
          + PHONE.width() + " px window (window.innerWidth " + innerWidth + "): it scrolls sideways or shrinks");
    }
    // Only sizes here: a chart that a narrow-screen rule hides or squashes to nothing.
    for (Object p : (List<?>) ((Map<?, ?>) driver.executeScript(CHART_PROBLEMS)).get("problems")) {
      if (p.toString().contains(" renders ")) {
        problems.add("at " + PHONE.width() + " px: " + p);
      }
    }
    screenshot(screenshotsDir, stem, PHONE, screenshots);
    console.addAll(drainConsole());

    console.forEach(message -> problems.add("console: " + message));
    return new Report(List.copyOf(problems), List.copyOf(screenshots));
  }

  private void load(String url, Viewport viewport) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", viewport.width(), "height", viewport.height(),
        "deviceScaleFactor", 1, "mobile", viewport.mobile()));
    // A fresh load, so the page is laid out from the start as on that device.
    driver.get(url);
  }

  private long number(String script) {
    return ((Number) driver.executeScript(script)).longValue();
  }

  /** The whole page, not only the viewport: Chromium renders beyond it for the capture. */
  private void screenshot(Path dir, String stem, Viewport viewport, List<Path> screenshots) throws IOException {
    if (dir == null) {
      return;
    }
    long height = Math.max(number("return document.documentElement.scrollHeight"), viewport.height());
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", viewport.width(), "height", height, "scale", 1)));
    Files.createDirectories(dir);
    Path file = dir.resolve(stem + "-" + viewport.width() + ".png");
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    screenshots.add(file.toAbsolutePath());
  }

  /** The browser log since the last call (reading it empties it). */
  private List<String> drainConsole() {
    List<String> messages = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      messages.add(entry.getLevel() + " " + entry.getMessage());
    }
    return messages;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteTree(profileDir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
