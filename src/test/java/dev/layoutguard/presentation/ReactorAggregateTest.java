package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layoutguard.application.AggregateReport.Part;
import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.infrastructure.JsonReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReactorAggregateTest {

    @Test
    void rewritesTheAggregateAfterEachModule(@TempDir Path root) throws Exception {
        ReactorAggregate aggregate = new ReactorAggregate();
        Path directory = root.resolve("target/layout/aggregate");

        assertEquals(1, aggregate.add(2, new Part("modules/api", report("Stray.java")), json(root, directory)));
        assertEquals(List.of("modules/api/Stray.java"), paths(directory));
        assertEquals(2, aggregate.add(0, new Part("", report("notes.txt")), json(root, directory)));

        assertEquals(List.of("modules/api/Stray.java", "notes.txt"), paths(directory));
    }

    private static ReactorAggregate.Output json(Path root, Path directory) {
        return report -> new JsonReportWriter().write(report, root, directory.resolve("report.json"));
    }

    private static List<String> paths(Path directory) throws Exception {
        JsonObject json = JsonParser.parseString(Files.readString(directory.resolve("report.json"))).getAsJsonObject();
        return json.getAsJsonArray("violations").asList().stream()
                .map(violation -> violation.getAsJsonObject().get("path").getAsString()).toList();
    }

    private static Report report(String path) {
        return new Report("0.1.0", "maven", 1, List.of(new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR, path, null,
                "not allowed", null, null)), Map.of(), 0, 1);
    }
}
