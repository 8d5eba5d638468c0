package org.sysmobench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.RunId;
import org.sysmobench.store.RunStore;

/**
 * The HTML report rendered by a real headless Chromium: the DOM after scripts ran is checked, and a
 * screenshot is kept at {@code target/report-browser/report.png} for people to look at.
 */
@Tag("browser")
class HtmlReportBrowserTest {
  static final Path OUT = Path.of("target/report-browser");

  @TempDir Path dir;

  @Test
  void theReportRendersInAHeadlessBrowserWithoutTheNetwork() throws Exception {
    Path chromium = findChromium();
    Assumptions.assumeTrue(chromium != null,
        "chromium is not installed (Debian: apt-get install -y chromium); the browser test is skipped");
    String html;
    ReportData data;
    try (RunStore store = ReportFixture.store(dir.resolve("results"))) {
      RunId run = ReportFixture.write(store, "r1");
      data = ReportBuilder.build(store, List.of(run));
      html = ReportFormat.HTML.render(data);
    }
    // self-contained: nothing is fetched (the only URL is the SVG namespace, which is a name, not a request)
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://", "src=");
    Files.createDirectories(OUT);
    Path page = OUT.resolve("report.html").toAbsolutePath();
    Files.writeString(page, html);
    Path png = OUT.resolve("report.png").toAbsolutePath();
    Files.deleteIfExists(png);

    String dom = runChromium(chromium, page, png);

    assertThat(count(dom, "<tr data-model=")).isEqualTo(data.leaderboard().size());
    for (String phase : List.of("syntax", "runtime", "conformance", "invariants", "overall")) {
      assertThat(dom).contains("id=\"chart-" + phase + "\"");
    }
    assertThat(count(dom, "<rect class=\"bar")).isEqualTo(5 * data.groups().size());
    assertThat(count(dom, "<details class=\"cell\"")).isEqualTo(data.cells().size());
    assertThat(dom).contains("class=\"counterexample\"", "class=\"first-unexplained\"", "data-kind=\"sany-parse\"",
        "HARNESS_ERROR", "infra failure: ProviderCallException", "<tr data-action=\"Release\">");
    // escaped, not interpreted: the spec's "<x>" stays text
    assertThat(dom).contains("VARIABLE holder &lt;x&gt;");
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(5_000);
  }

  private static String runChromium(Path chromium, Path page, Path png) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    Path domFile = OUT.resolve("report.dom.html");
    ProcessBuilder pb = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1280,2400", "--screenshot=" + png, "--dump-dom",
        page.toUri().toString());
    pb.redirectOutput(domFile.toFile());
    pb.redirectError(OUT.resolve("chromium.log").toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s; see " + OUT.resolve("chromium.log"));
    }
    assertThat(p.exitValue()).as("chromium exit code; see " + OUT.resolve("chromium.log")).isZero();
    return Files.readString(domFile);
  }

  static Path findChromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
