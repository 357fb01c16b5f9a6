package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.LayerGraph;
import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobSummaryTest {

    private static final Path WORKSPACE = Path.of("/work/shop");
    private static final Violation LAYER = new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR,
            "src/main/java/com/acme/shop/domain/Order.java", 5, "imports infrastructure", null,
            "com.acme.shop.infrastructure.OrderRepository");
    private static final Violation ROOT = new Violation(RuleId.ROOT_PROHIBITED, Severity.WARNING, "my notes.txt", null,
            "notes in the project root", "docs/my notes.txt", null);

    @Test
    void countsPerRuleListsFindingsLinkedToTheCommitAndDrawsTheLayers() {
        Report report = new Report("1", "maven", 12, List.of(LAYER, ROOT), Map.of(), 1, 3,
                List.of(RuleId.LAYER_DEPENDENCY, RuleId.ROOT_PROHIBITED), new LayerGraph(List.of("domain",
                        "infrastructure"), List.of(new LayerGraph.Edge("infrastructure", "domain", true, 0),
                        new LayerGraph.Edge("domain", "infrastructure", false, 1))));

        String markdown = new JobSummary(github(Map.of())).markdown(report, "shop", WORKSPACE, WORKSPACE);

        assertEquals("""
                ## LayoutGuard: shop

                **1 error, 1 warning**, 1 baselined in 12 files (maven preset)

                | Rule | Errors | Warnings |
                |:--|--:|--:|
                | `root-prohibited` | 0 | 1 |
                | `layer-dependency` | 1 | 0 |

                ### Findings

                - warning `root-prohibited` [my notes\\.txt](https://github.com/acme/shop/blob/0123abc/my%20notes.txt): \
                notes in the project root (fix: docs\\/my notes\\.txt)
                - **error** `layer-dependency` [src\\/main\\/java\\/com\\/acme\\/shop\\/domain\\/Order\\.java\\:5](https://github.com/\
                acme/shop/blob/0123abc/src/main/java/com/acme/shop/domain/Order.java#L5): imports infrastructure

                ### Layers

                Allowed dependencies in grey, violating ones in red with their counts.

                ```mermaid
                """ + MermaidReportWriter.diagram(report.layers()) + "```\n\n", markdown);
    }

    @Test
    void namesPlainPathsRelativeToTheCheckoutWithoutTheRepositoryVariables() {
        Map<String, String> variables = new HashMap<>(Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", "/work"));
        Report report = new Report("1", "maven", 1, List.of(LAYER), Map.of(), 0, 1);

        String markdown = new JobSummary(variables::get).markdown(report, "shop", WORKSPACE, WORKSPACE);

        assertTrue(markdown.contains("- **error** `layer-dependency` shop\\/src\\/main\\/java\\/com\\/acme\\/shop\\/domain\\/"
                + "Order\\.java\\:5: imports infrastructure\n"), markdown);
        assertFalse(markdown.contains("](") || markdown.contains("```"), "no link, no diagram without layers");
    }

    @Test
    void escapesHostileFileNamesAndMessagesAsText() {
        String hostile = "*x* [a](javascript:alert(1)) <img src=x onerror=alert(2)> | `b`\n## owned";
        Report report = new Report("1", "maven", 1, List.of(new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR,
                hostile, null, "not allowed " + hostile, null, null)), Map.of(), 0, 1);

        String markdown = new JobSummary(github(Map.of())).markdown(report, "<b>shop</b>", WORKSPACE, WORKSPACE);

        String escaped = "\\*x\\* \\[a\\]\\(javascript\\:alert\\(1\\)\\) \\<img src\\=x onerror\\=alert\\(2\\)\\> \\| "
                + "\\`b\\`\\\\n\\#\\# owned";
        assertTrue(markdown.startsWith("## LayoutGuard: \\<b\\>shop\\<\\/b\\>\n"), markdown);
        assertTrue(markdown.contains("- **error** `root-allowlist` [" + escaped + "](https://github.com/acme/shop/blob/"
                + "0123abc/%2Ax%2A%20%5Ba%5D%28javascript%3Aalert%281%29%29%20%3Cimg%20src%3Dx%20onerror%3Dalert%282%29"
                + "%3E%20%7C%20%60b%60%0A%23%23%20owned): not allowed " + escaped + "\n"), markdown);
        assertEquals(List.of(), markdown.lines().filter(line -> line.startsWith("## owned")).toList());
    }

    @Test
    void listsTheFirstFindingsAndSaysHowManyThereAre() {
        List<Violation> many = new ArrayList<>();
        IntStream.rangeClosed(1, 25).forEach(i -> many.add(new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR,
                "file" + i + ".txt", null, "file not allowed in the project root", null, null)));
        Report report = new Report("1", "maven", 25, many, Map.of(), 0, 1);

        String markdown = new JobSummary(github(Map.of())).markdown(report, "shop", WORKSPACE, WORKSPACE);

        assertTrue(markdown.contains("| `root-allowlist` | 25 | 0 |\n"));
        assertTrue(markdown.contains("### The first 20 of 25 findings\n"));
        assertEquals(20, markdown.lines().filter(line -> line.startsWith("- **error**")).count());
    }

    @Test
    void isWrittenOnlyUnderGithubActionsToTheNamedFile() {
        assertEquals(Optional.of(Path.of("/tmp/summary.md")), new JobSummary(github(Map.of())).target());
        assertEquals(Optional.empty(), new JobSummary(Map.of("GITHUB_STEP_SUMMARY", "/tmp/summary.md")::get)
                .target());
        assertEquals(Optional.empty(), new JobSummary(Map.of("GITHUB_ACTIONS", "true")::get).target());
    }

    @Test
    void appendsToTheFileAndReplacesOnlyWhatItWroteBefore(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("summary.md"), "earlier step\n");

        long start = JobSummary.write(file, "first\n", -1);
        long again = JobSummary.write(file, "second\n", start);

        assertEquals(13, start);
        assertEquals(start, again);
        assertEquals("earlier step\nsecond\n", Files.readString(file));
    }

    @Test
    void neverWritesThroughALinkNorCreatesTheFile(@TempDir Path directory) throws IOException {
        Path elsewhere = Files.writeString(directory.resolve("elsewhere.md"), "keep\n");
        Path link = Files.createSymbolicLink(directory.resolve("summary.md"), elsewhere);

        IOException refused = assertThrows(IOException.class, () -> JobSummary.write(link, "owned\n", -1));
        assertThrows(NoSuchFileException.class, () -> JobSummary.write(directory.resolve("missing.md"), "x\n", -1));

        assertEquals("not a regular file (a link or a directory), and nothing else is written to",
                refused.getMessage());
        assertEquals("keep\n", Files.readString(elsewhere));
        assertFalse(Files.exists(directory.resolve("missing.md")));
    }

    private static Function<String, String> github(Map<String, String> more) {
        Map<String, String> variables = new HashMap<>(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY",
                "/tmp/summary.md", "GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "acme/shop",
                "GITHUB_SHA", "0123abc", "GITHUB_WORKSPACE", "/work/shop"));
        variables.putAll(more);
        return variables::get;
    }
}
