package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.LayerGraph;
import dev.layoutguard.application.LayerGraph.Edge;
import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.Presets;
import java.io.IOException;
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

class MermaidReportWriterTest {

    private static final String HOSTILE = "x\"]\nclick l0 href \"javascript:alert(1)\"\nl9[\"<img src=x onerror=alert(2)>";
    private static final LayerGraph SMALL = new LayerGraph(List.of("domain", "infrastructure"), List.of(
            new Edge("infrastructure", "domain", true, 0), new Edge("domain", "infrastructure", false, 2)));
    private static final LayerGraph CONTEXTS = new LayerGraph(List.of("domain", "application"),
            List.of("billing", "shipping"), List.of(new Edge("application", "domain", true, 0),
                    new Edge("domain", "application", false, 1, "billing", "shipping")));
    private static final LayerGraph HOSTILE_GRAPH = new LayerGraph(List.of("domain", HOSTILE), List.of(HOSTILE + "%%",
            "end"), List.of(new Edge(HOSTILE, "domain", true, 0), new Edge("domain", HOSTILE, false, 1, "end",
                    HOSTILE + "%%")));

    @Test
    void drawsLayersAllowedEdgesAndViolatingEdgesWithTheirCounts() {
        assertEquals("""
                flowchart TB
                  l0["domain"]
                  l1["infrastructure"]
                  l1 --> l0
                  l0 ==>|"2 violations"| l1
                  classDef layer fill:#eef2f7,stroke:#4a5568,color:#1a202c
                  classDef offending fill:#fdecea,stroke:#c62828,color:#1a202c
                  class l1 layer
                  class l0 offending
                  linkStyle 0 stroke:#8a94a3,stroke-width:1.5px
                  linkStyle 1 stroke:#c62828,stroke-width:3px,color:#c62828
                """, MermaidReportWriter.diagram(SMALL));
    }

    @Test
    void drawsEachContextAsASubgraphWithItsLayersAndViolationsBetweenContexts() {
        String diagram = MermaidReportWriter.diagram(CONTEXTS);

        assertTrue(diagram.contains("""
                  subgraph c0["billing"]
                    c0_l0["domain"]
                    c0_l1["application"]
                  end
                  subgraph c1["shipping"]
                    c1_l0["domain"]
                    c1_l1["application"]
                  end
                  c0_l1 --> c0_l0
                  c1_l1 --> c1_l0
                  c0_l0 ==>|"1 violation"| c1_l1
                """), diagram);
        assertTrue(diagram.contains("  linkStyle 2 stroke:#c62828"), diagram);
        assertTrue(diagram.contains("  style c1 fill:#f7fafc,stroke:#a0aec0,stroke-dasharray:4 3\n"), diagram);
    }

    @Test
    void writesHostileNamesAsEntityCodesThatAddNoStatement() {
        String diagram = MermaidReportWriter.diagram(HOSTILE_GRAPH);

        assertTrue(diagram.contains("l1[\"x#34;#93;#10;click l0 href #34;javascript#58;alert#40;1#41;#34;#10;l9#91;"
                + "#34;#60;img src#61;x onerror#61;alert#40;2#41;#62;\"]"), diagram);
        Pattern statement = Pattern.compile("flowchart TB|subgraph c\\d+\\[\"[^\"\\n]*\"\\]|end|c\\d+_l\\d+\\[\"[^\"\\n]*\"\\]"
                + "|l\\d+\\[\"[^\"\\n]*\"\\]|(c\\d+_)?l\\d+ (-->|==>\\|\"\\d+ violations?\"\\|) (c\\d+_)?l\\d+"
                + "|classDef .*|class [a-z0-9_,]+ (layer|offending)|style c\\d+ [a-z0-9:#.,-]+ 3"
                + "|linkStyle [0-9,]+ [a-z0-9:#.,-]+");
        for (String line : diagram.strip().split("\n")) {
            assertTrue(statement.matcher(line.strip()).matches(), "a statement of LayoutGuard's own: " + line);
        }
        assertEquals(2, diagram.lines().filter(line -> line.startsWith("  subgraph")).count());
    }

    @Test
    void saysSoWhenNoLayersWereChecked() throws IOException {
        StringWriter out = new StringWriter();
        new MermaidReportWriter().write(new Report("1", "maven", 1, List.of(), Map.of(), 0, 1), Path.of("."), out);

        assertEquals("%% LayoutGuard: the layers, the dependencies they allow (grey) and the violating ones (red, "
                + "count)\nflowchart TB\n  none[\"No layers were checked\"]\n", out.toString());
    }

    @Test
    void rendersWithTheMermaidCommandLine(@TempDir Path directory) throws Exception {
        Path small = write(directory, "small", SMALL);
        Path contexts = write(directory, "contexts", CONTEXTS);
        Path hostile = write(directory, "hostile", HOSTILE_GRAPH);
        Violation violation = new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR,
                "src/main/java/com/acme/shop/domain/Order.java", 5, "imports infrastructure", null,
                "com.acme.shop.infrastructure.OrderRepository");
        Path preset = write(directory, "preset", LayerGraph.of(Presets.maven().layers(), List.of(violation)));

        String smallSvg = MermaidCli.render(small, directory);
        String contextsSvg = MermaidCli.render(contexts, directory);
        String hostileSvg = MermaidCli.render(hostile, directory);
        String presetSvg = MermaidCli.render(preset, directory);

        assertEquals(2, count(smallSvg, "class=\"node "));
        assertEquals(List.of("billing", "shipping"), all(contextsSvg, "<g class=\"cluster-label\"[^>]*><foreignObject"
                + "[^>]*><div[^>]*><span class=\"nodeLabel\"><p>([^<]*)</p>").stream().sorted().toList());
        assertEquals(4, count(contextsSvg, "class=\"node "));
        assertEquals(4, count(hostileSvg, "class=\"node "), "no node added by a name: " + hostileSvg);
        assertFalse(hostileSvg.contains("<img"), "the hostile name became no element");
        assertFalse(hostileSvg.contains("<a ") || hostileSvg.contains("href=\"javascript"),
                "the hostile name became no link");
        assertTrue(hostileSvg.contains("&lt;img src=x onerror=alert(2)&gt;"), "the hostile name is text");
        assertEquals(5, count(presetSvg, "class=\"node "));
        assertTrue(presetSvg.contains("1 violation"));
    }

    private static Path write(Path directory, String name, LayerGraph graph) throws IOException {
        Path file = directory.resolve(name + ".mmd");
        new MermaidReportWriter().write(new Report("1", "maven", 1, List.of(), Map.of(), 0, 1, List.of(), graph),
                directory, file);
        return file;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /**
     * Mermaid's command line as {@code .ci/run} installs it ({@code npm ci} in {@code src/test/mermaid}, with no
     * browser download), driving Debian's Chromium; skipped where either is absent, except in CI, where a missing one
     * is a failure rather than a silent pass.
     */
    private static final class MermaidCli {

        private static final Path HOME = Path.of("src", "test", "mermaid").toAbsolutePath();
        private static final Path EXECUTABLE = HOME.resolve("node_modules").resolve(".bin").resolve("mmdc");
        private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

        static String render(Path diagram, Path scratch) throws Exception {
            for (Path needed : List.of(EXECUTABLE, CHROMIUM)) {
                if (!Files.isExecutable(needed)) {
                    assertFalse("true".equals(System.getenv("CI")), "CI must install " + needed + " (.ci/run)");
                    Assumptions.assumeTrue(false, needed + " is not installed (npm ci in " + HOME + ")");
                }
            }
            Path svg = scratch.resolve(diagram.getFileName() + ".svg");
            Process process = new ProcessBuilder(EXECUTABLE.toString(), "--quiet", "--puppeteerConfigFile",
                    HOME.resolve("puppeteer.json").toString(), "--input", diagram.toString(), "--output",
                    svg.toString()).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("mmdc did not finish within 120 s");
            }
            assertEquals(0, process.exitValue(), "mmdc's exit code: " + new String(output, StandardCharsets.UTF_8));
            return Files.readString(svg);
        }
    }
}
