package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.application.LayerGraph;
import dev.layoutguard.application.PresetLimits;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.ResultCache;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeptFileTest {

    private static final Entry ODD = new Entry("docs/tab\there\\and\nline.md", EntryKind.FILE, 12, false, true);
    private static final PresetLimits LIMITS = new PresetLimits(List.of("domain", "app\tlication", "domain"), 15, 6);
    private static final Report REPORT = new Report("1.0", "maven", 1, List.of(
            new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR, "src/main/java/A.java", 3,
                    "imports `infrastructure`;\tdomain may use \\N", null, "com.acme.infrastructure.B"),
            new Violation(RuleId.ROOT_ALLOWLIST, Severity.WARNING, "notes.txt", null, "not allowed", "docs/notes.txt",
                    null)),
            metrics(), 2, 15, List.of(RuleId.ROOT_ALLOWLIST, RuleId.LAYER_DEPENDENCY),
            new LayerGraph(List.of("domain", "infrastructure"), List.of("billing", "shipping"),
                    List.of(new LayerGraph.Edge("domain", "infrastructure", false, 0),
                            new LayerGraph.Edge("domain", "infrastructure", false, 1, "billing", "shipping"))));

    @Test
    void readsBackTheReportAndLimitsItWroteAndEachEntrysPathAndStamp() throws Exception {
        List<String> lines = KeptFile.lines("key", 5, List.of(KeptFile.entry(ODD, FileStamp.ABSENT)), REPORT, LIMITS);
        List<List<String>> stamped = new ArrayList<>();

        ResultCache.Kept kept = KeptFile.read(lines, "key", stamps -> stamped.addAll(stamps));

        assertEquals(REPORT, kept.report());
        assertEquals(LIMITS, kept.limits());
        assertEquals(List.of(List.of("entry", ODD.path(), FileStamp.ABSENT.toString())), stamped);
    }

    @Test
    void keepsALayerGraphWithoutACycle() throws Exception {
        PresetLimits limits = new PresetLimits(List.of(), 12, 8);
        List<String> lines = KeptFile.lines("key", 5, List.of(), REPORT, limits);

        assertEquals(limits, KeptFile.read(lines, "key", stamped -> true).limits());
    }

    @Test
    void aFileOfAnotherKeyOrWithAStampThatNoLongerHoldsIsNoResult() throws Exception {
        List<String> lines = KeptFile.lines("key", 5, List.of(KeptFile.entry(ODD, FileStamp.ABSENT)), REPORT, LIMITS);

        assertNull(KeptFile.read(lines, "other key", stamped -> true));
        assertNull(KeptFile.read(lines, "key", stamped -> stamped.stream().noneMatch(line -> line.get(0).equals("entry"))));
    }

    @Test
    void aFileCutShortIsNoResult() throws Exception {
        List<String> lines = new ArrayList<>(KeptFile.lines("key", 5, List.of(), REPORT, LIMITS));
        lines.remove(lines.size() - 1);

        assertNull(KeptFile.read(lines, "key", stamped -> true));
        assertNull(KeptFile.read(List.of(), "key", stamped -> true));
    }

    @Test
    void aFileOfUnknownLinesIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> KeptFile.read(List.of("key\tkey", "surprise", "end"), "key", stamped -> true));
        assertThrows(IllegalArgumentException.class,
                () -> KeptFile.read(List.of("key\tkey", "ran\tNO_SUCH_RULE", "end"), "key", stamped -> true));
    }

    @Test
    void splitsATextIntoLinesWithOrWithoutALastLineBreak() {
        assertEquals(List.of("a", "", "b"), KeptFile.split("a\n\nb\n"));
        assertEquals(List.of("a", "b"), KeptFile.split("a\nb"));
        assertEquals(List.of(), KeptFile.split(""));
    }

    @Test
    void escapesTabsLineBreaksAndBackslashesAndMarksNone() {
        String line = KeptFile.line("a\tb", null, "c\\N", "d\r\ne");

        assertEquals("a\\tb\t\\N\tc\\\\N\td\\r\\ne", line);
        assertEquals(Arrays.asList("a\tb", null, "c\\N", "d\r\ne"), KeptFile.fields(line));
    }

    private static Map<String, Integer> metrics() {
        Map<String, Integer> metrics = new LinkedHashMap<>();
        metrics.put("rootFiles", 4);
        metrics.put("misplacedFiles", 0);
        return metrics;
    }
}
