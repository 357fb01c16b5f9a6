package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.Baseline;
import dev.layoutguard.application.LayerGraph;
import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.Presets;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>.md";
    private static final List<Violation> VIOLATIONS = List.of(
            new Violation(RuleId.ROOT_PROHIBITED, Severity.ERROR, "Dockerfile", null,
                    "Docker file in the project root (matches Dockerfile*)", "deploy/docker/Dockerfile", null),
            new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR, HOSTILE, null,
                    "file not allowed in the project root <script>alert('m')</script>", null, null),
            new Violation(RuleId.ROOT_FILE_COUNT, Severity.WARNING, ".", null,
                    "14 files in the project root, the limit is 12", null, null),
            new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR, "src/main/java/com/acme/shop/domain/Order.java", 5,
                    "imports infrastructure; domain may use only shared", null,
                    "com.acme.shop.infrastructure.OrderRepository"),
            new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR, "src/main/java/com/acme/shop/domain/Cart.java", 9,
                    "imports infrastructure; domain may use only shared", null,
                    "com.acme.shop.infrastructure.CartRepository"),
            new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR,
                    "src/main/java/com/acme/shop/application/PlaceOrder.java", 3,
                    "imports presentation; application may use only domain, shared", null,
                    "com.acme.shop.presentation.OrderController"));
    private static final Report REPORT = new Report("0.1.0", "maven", 42, VIOLATIONS, Map.of("rootFiles", 14), 0, 17,
            List.of(RuleId.ROOT_PROHIBITED, RuleId.ROOT_ALLOWLIST, RuleId.ROOT_FILE_COUNT, RuleId.LAYER_DEPENDENCY,
                    RuleId.LAYER_MISSING),
            LayerGraph.of(Presets.maven().layers(), VIOLATIONS));

    @Test
    void escapesHostileFileNamesAndMessages() throws IOException {
        String html = write(REPORT);

        assertTrue(html.contains("<code>&lt;img src=x onerror=alert(1)&gt;.md</code>"));
        assertTrue(html.contains("file not allowed in the project root &lt;script&gt;alert(&#39;m&#39;)&lt;/<wbr>script&gt;"));
        assertFalse(html.contains("<img"));
        assertEquals(1, html.split("<script", -1).length - 1, "only the page's own script");
    }

    @Test
    void loadsNothingFromOutsideThePage() throws IOException {
        String html = write(REPORT);

        assertFalse(Pattern.compile("<[^>]*\\s(src|srcset)=").matcher(html).find());
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("@import"));
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'sha256-"));
    }

    @Test
    void groupsViolationsByRuleWithCountsAndFilters() throws IOException {
        String html = write(REPORT);

        assertEquals(List.of("root-prohibited", "root-allowlist", "root-file-count", "layer-dependency"),
                all(html, "<section class=\"rule\" id=\"rule-([a-z-]+)\""));
        assertTrue(html.contains("<h3><a href=\"#page-layer-dependency\">layer-dependency</a><span class=\"count\">3 "
                + "errors</span>"));
        assertEquals(List.of("", "root-prohibited", "root-allowlist", "root-file-count", "layer-dependency"),
                all(html, "<option value=\"([a-z-]*)\">[^<]*\\(\\d+\\)</option>").subList(0, 5));
        assertTrue(html.contains("<option value=\"warning\">Warnings (1)</option>"));
    }

    @Test
    void titlesThePageWithTheProjectsNameAndFallsBackToTheDirectorys() throws IOException {
        StringWriter named = new StringWriter();
        new HtmlReportWriter("Messy <Shop>").write(REPORT, Path.of("/work/shop"), named);

        assertTrue(named.toString().contains("<title>LayoutGuard report: Messy &lt;Shop&gt;</title>"));
        assertTrue(named.toString().contains("<h1>LayoutGuard report: <span class=\"project\">Messy &lt;Shop&gt;</span>"));
        assertTrue(write(REPORT).contains("<title>LayoutGuard report: shop</title>"));
    }

    @Test
    void holdsThePageOfEveryRuleThatRanAndLinksOnlyToWhatItHolds() throws IOException {
        String html = write(REPORT);

        List<String> pages = all(html, "<article class=\"rule-page\" id=\"page-([a-z-]+)\">");
        assertEquals(List.of("root-prohibited", "root-allowlist", "root-file-count", "layer-dependency", "layer-missing"),
                pages);
        for (String target : all(html, "href=\"#([^\"]+)\"")) {
            assertTrue(html.contains(" id=\"" + target + "\""), "the page holds what " + target + " links to");
        }
        assertFalse(html.contains("href=\"http"), "no link leaves the page");
        assertFalse(html.contains("href=\"../"), "no link to a page the report does not hold");
        assertTrue(html.contains("<li class=\"failed\"><a href=\"#page-root-prohibited\">root-prohibited</a></li>"));
        assertTrue(html.contains("<li class=\"passed\"><a href=\"#page-layer-missing\">layer-missing</a></li>"));
        assertTrue(html.contains("<li class=\"warned\"><a href=\"#page-root-file-count\">root-file-count</a></li>"));
    }

    @Test
    void marksARuleWhoseOnlyFindingIsAStaleBaselineEntryAsPassed() throws IOException {
        Violation stale = new Violation(RuleId.ROOT_ALLOWLIST, Severity.WARNING, "notes.txt", null,
                Baseline.STALE + " the baseline accepts 1 violation of this rule here, the check found none; run mvn "
                        + "layout:baseline to shrink the baseline", null, null);
        String html = write(new Report("0.1.0", "maven", 3, List.of(stale), Map.of(), 0, 1,
                List.of(RuleId.ROOT_ALLOWLIST), LayerGraph.NONE));

        assertTrue(html.contains("<li class=\"passed\"><a href=\"#page-root-allowlist\">root-allowlist</a> "
                + "<span class=\"note\">stale baseline entry</span></li>"), html);
    }

    @Test
    void breaksLongPathsOnlyAfterASlashInChromium(@TempDir Path directory) throws Exception {
        String path = "src/main/java/com/acme/shop/infrastructure/persistence/jdbc/orders/OrderRows.java";
        Report report = new Report("0.1.0", "maven", 1, List.of(new Violation(RuleId.TEST_CATEGORY, Severity.ERROR,
                path, null, "test class OrderRows in the main sources", "src/test/java/com/acme/shop/infrastructure/"
                        + "persistence/jdbc/orders/OrderRows.java", null)), Map.of(), 0, 1);
        StringWriter out = new StringWriter();
        new HtmlReportWriter("shop").write(report, directory, out);
        // the same page with a script that records the character before each line break of a path or a fix
        String measured = out.toString().replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", "<script>" + BREAKS + "</script></body>");
        Path page = directory.resolve("measured.html");
        Files.writeString(page, measured, StandardCharsets.UTF_8);

        String dom = Chromium.dumpDom(page.toUri().toString(), directory, "--window-size=800,900");

        List<String> breaks = all(dom, "data-breaks=\"([^\"]*)\"");
        assertEquals(1, breaks.size(), dom);
        assertTrue(breaks.get(0).length() >= 2, "the narrow columns wrapped both paths: " + breaks.get(0));
        assertTrue(breaks.get(0).chars().allMatch(c -> c == '/'), "every break follows a slash: " + breaks.get(0));
    }

    private static final String BREAKS = """
            var breaks = '';
            document.querySelectorAll('td.path code, td.fix code').forEach(function (code) {
              var walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
              var top = null, last = '', node;
              while ((node = walker.nextNode())) {
                for (var i = 0; i < node.length; i++) {
                  var range = document.createRange();
                  range.setStart(node, i);
                  range.setEnd(node, i + 1);
                  var box = range.getClientRects()[0];
                  if (!box) { continue; }
                  if (top !== null && box.top > top + 2) { breaks += last; }
                  top = box.top;
                  last = node.data.charAt(i);
                }
              }
            });
            document.body.setAttribute('data-breaks', breaks);
            """;

    @Test
    void drawsTheLayersWithAllowedAndViolatingEdgesAndCounts() throws IOException {
        String html = write(REPORT);

        assertEquals(9, all(html, "<path class=\"edge allowed\"").size());
        assertEquals(List.of("domain->infrastructure", "application->presentation"),
                all(html, "<path class=\"edge violating\" data-from=\"([a-z]+)\" data-to=\"([a-z]+)\""));
        assertTrue(html.contains("<li>domain \u2192 infrastructure: 2 violations</li>"));
        assertTrue(html.contains(">2\u00d7</text>"));
    }

    @Test
    void leavesTheDiagramOutWhenNoLayersWereChecked() throws IOException {
        String html = write(new Report("0.1.0", "maven", 1, List.of(), Map.of(), 0, 1));

        assertFalse(html.contains("<svg"));
        assertTrue(html.contains("<p id=\"none\">No violations.</p>"));
        assertTrue(html.contains("The layout follows every rule that ran."));
    }

    @Test
    void rendersInChromiumWithTheDiagramAndHostileNamesAsText(@TempDir Path directory) throws Exception {
        Path page = writeFile(directory);

        String dom = Chromium.dumpDom(page.toUri().toString(), directory);

        assertTrue(dom.contains("<span id=\"shown\" aria-live=\"polite\">Showing 6 of 6 violations</span>"), dom);
        assertTrue(dom.contains("<code>&lt;img src=x onerror=alert(1)&gt;.md</code>"));
        assertFalse(dom.contains("<img"), "the hostile name became no element");
        assertTrue(dom.contains("<svg"));
        assertEquals(List.of("domain->infrastructure", "application->presentation"),
                all(dom, "<path class=\"edge violating\" data-from=\"([a-z]+)\" data-to=\"([a-z]+)\""));
        assertTrue(dom.contains(">2\u00d7</text>"));
        assertTrue(dom.contains("<title>LayoutGuard report: shop</title>"));
    }

    @Test
    void showsEachContextOfTheLayersInChromium(@TempDir Path directory) throws Exception {
        List<Violation> violations = List.of(new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR,
                "src/main/java/com/acme/billing/invoices/domain/Invoice.java", 3, "imports application", null,
                "com.acme.shipping.parcels.application.ShipParcel"));
        LayerGraph graph = LayerGraph.of(Presets.maven().layers(), new LayerGraph.Contexts("com.acme",
                List.of("billing.invoices", "shipping.parcels")), violations);
        Path page = directory.resolve("shop").resolve(HtmlReportWriter.FILE_NAME);
        new HtmlReportWriter().write(new Report("0.1.0", "maven", 6, violations, Map.of(), 0, 5,
                List.of(RuleId.LAYER_DEPENDENCY), graph), directory.resolve("shop"), page);

        String dom = Chromium.dumpDom(page.toUri().toString(), directory);

        assertEquals(List.of("billing.invoices", "shipping.parcels"),
                all(dom, "<g class=\"context\" data-context=\"([a-z.]+)\">"));
        assertEquals(10, all(dom, "<g class=\"layer\" data-context=\"[a-z.]+\">").size());
        assertEquals(List.of("domain->application"), all(dom, "<path class=\"edge violating\" data-from=\"([a-z]+)\" "
                + "data-to=\"([a-z]+)\" data-from-context=\"billing.invoices\" data-to-context=\"shipping.parcels\""));
        assertTrue(dom.contains("<li>billing.invoices domain \u2192 shipping.parcels application: 1 violation</li>"), dom);
    }

    @Test
    void filtersBySeverityAndRuleFromTheAddressInChromium(@TempDir Path directory) throws Exception {
        Path page = writeFile(directory);

        String warnings = Chromium.dumpDom(page.toUri() + "#severity=warning", directory);
        String allowlistErrors = Chromium.dumpDom(page.toUri() + "#rule=root-allowlist&severity=error", directory);

        assertTrue(warnings.contains(">Showing 1 of 6 violations<"), warnings);
        assertEquals(List.of("root-prohibited", "root-allowlist", "layer-dependency"),
                all(warnings, "<section class=\"rule\" id=\"rule-([a-z-]+)\" data-rule=\"[a-z-]+\" hidden=\"\""));
        assertTrue(allowlistErrors.contains(">Showing 1 of 6 violations<"));
        assertEquals(List.of("root-prohibited", "root-file-count", "layer-dependency"),
                all(allowlistErrors, "<section class=\"rule\" id=\"rule-([a-z-]+)\" data-rule=\"[a-z-]+\" hidden=\"\""));
    }

    @Test
    void aMalformedEscapeInTheAddressIsIgnoredAndTheOtherFiltersStillWorkInChromium(@TempDir Path directory)
            throws Exception {
        Path page = writeFile(directory);

        String broken = Chromium.dumpDom(page.toUri() + "#rule=%E0%A4%A&severity=warning", directory);

        assertTrue(broken.contains(">Showing 1 of 6 violations<"), broken);
        assertEquals(List.of("root-prohibited", "root-allowlist", "layer-dependency"),
                all(broken, "<section class=\"rule\" id=\"rule-([a-z-]+)\" data-rule=\"[a-z-]+\" hidden=\"\""));
    }

    @Test
    void takesAScreenshotInChromium(@TempDir Path directory) throws Exception {
        Path page = writeFile(directory);
        Path screenshot = Path.of("target", "chromium", "report.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);

        Chromium.screenshot(page.toUri().toString(), screenshot, directory);

        assertTrue(Files.size(screenshot) > 20_000, "a rendered page, not a blank one");
    }

    private static Path writeFile(Path directory) throws IOException {
        Path page = directory.resolve("shop").resolve(HtmlReportWriter.FILE_NAME);
        new HtmlReportWriter().write(REPORT, directory.resolve("shop"), page);
        return page;
    }

    private static String write(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(report, Path.of("/work/shop"), out);
        return out.toString();
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() == 2 ? matcher.group(1) + "->" + matcher.group(2)
                    : matcher.groupCount() == 1 ? matcher.group(1) : matcher.group());
        }
        return found;
    }

    /**
     * Debian's headless Chromium, as {@code .ci/run} installs it; tests that need it are skipped where it is absent,
     * except in CI, where a missing browser is a failure rather than a silent pass.
     */
    private static final class Chromium {

        private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

        static String dumpDom(String url, Path scratch, String... options) throws Exception {
            List<String> arguments = new ArrayList<>(List.of(options));
            arguments.addAll(List.of("--dump-dom", url));
            return run(arguments, scratch);
        }

        static void screenshot(String url, Path png, Path scratch) throws Exception {
            run(List.of("--screenshot=" + png, "--window-size=1280,1500", "--hide-scrollbars", url), scratch);
        }

        private static String run(List<String> arguments, Path scratch) throws Exception {
            if (!Files.isExecutable(EXECUTABLE)) {
                assertFalse("true".equals(System.getenv("CI")), "CI must install Chromium at " + EXECUTABLE);
                Assumptions.assumeTrue(false, "Chromium is not installed at " + EXECUTABLE);
            }
            List<String> command = new ArrayList<>(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(scratch,
                            "chromium-profile")));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readAllBytes();
            }
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Chromium did not finish within 90 s");
            }
            assertEquals(0, process.exitValue(), "Chromium's exit code");
            return new String(output, StandardCharsets.UTF_8);
        }
    }
}
