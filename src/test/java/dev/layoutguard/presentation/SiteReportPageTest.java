package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.LayerGraph;
import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.Presets;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;

class SiteReportPageTest {

    @Test
    void rendersSummaryLayersAndViolationsGroupedByRule() {
        List<Violation> violations = List.of(
                new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR, "<b>.md", null, "not allowed", null, null),
                new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR, "src/main/java/shop/domain/Order.java", 4,
                        "imports infrastructure", null, "shop.infrastructure.Db"));
        Report report = new Report("0.1.0", "maven", 12, violations, Map.of("rootFiles", 3), 0, 5,
                List.of(RuleId.ROOT_ALLOWLIST, RuleId.LAYER_DEPENDENCY),
                LayerGraph.of(Presets.maven().layers(), violations));
        List<String> texts = new ArrayList<>();
        List<String> raw = new ArrayList<>();

        new SiteReportPage(recording(texts, raw)).render(report);

        List<String> expected = List.of("LayoutGuard", "LayoutGuard layout report",
                "LayoutGuard 0.1.0 checked 12 files with the maven preset: 2 errors, 0 warnings, 0 baselined in 12 "
                        + "files, 5 ms.",
                "Summary", "Figure", "Value", "errors", "2", "warnings", "0", "baselined", "0", "files", "12",
                "rootFiles", "3", "Layers", "domain \u2192 infrastructure: 1 violation", "Violations",
                "root-allowlist (1)", "A root entry that is not in the preset's allowlist. Why it matters and how to "
                        + "fix it: mvn layout:explain -Dlayout.rule=root-allowlist",
                "Severity", "Path", "Line", "Message", "Fix", "error", "<b>.md", "", "not allowed", "",
                "layer-dependency (1)");
        assertEquals(expected, texts.subList(0, expected.size()));
        assertEquals(1, raw.size());
        assertTrue(raw.get(0).startsWith("<svg"));
    }

    /** A sink recording its text events (which the real sinks escape) and raw markup. */
    private static Sink recording(List<String> texts, List<String> raw) {
        return (Sink) Proxy.newProxyInstance(SiteReportPageTest.class.getClassLoader(), new Class<?>[] {Sink.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("text")) {
                        texts.add((String) arguments[0]);
                    } else if (method.getName().equals("rawText")) {
                        raw.add((String) arguments[0]);
                    }
                    return null;
                });
    }
}
