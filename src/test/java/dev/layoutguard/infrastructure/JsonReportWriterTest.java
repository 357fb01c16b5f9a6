package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportWriterTest {

    @Test
    void writesTheContractShapeWithNullsAndMetricsInOrder() throws IOException {
        Map<String, Integer> metrics = new LinkedHashMap<>();
        metrics.put("rootFiles", 11);
        metrics.put("maxDepth", 4);
        Report report = new Report("0.1.0", "python", 1234, List.of(
                new Violation(RuleId.ROOT_PROHIBITED, Severity.ERROR, "test_api.py", null,
                        "test module in the project root", "tests/test_api.py", null),
                new Violation(RuleId.ROOT_FILE_COUNT, Severity.WARNING, ".", null, "13 files", null, null)),
                metrics, 0, 412);
        StringWriter out = new StringWriter();

        new JsonReportWriter().write(report, out);

        assertEquals("""
                {
                  "tool": "layoutguard",
                  "version": "0.1.0",
                  "preset": "python",
                  "summary": {
                    "files": 1234,
                    "errors": 1,
                    "warnings": 1,
                    "baselined": 0,
                    "durationMs": 412
                  },
                  "metrics": {
                    "rootFiles": 11,
                    "maxDepth": 4
                  },
                  "violations": [
                    {
                      "rule": "root-prohibited",
                      "severity": "error",
                      "path": "test_api.py",
                      "line": null,
                      "message": "test module in the project root",
                      "fix": "tests/test_api.py"
                    },
                    {
                      "rule": "root-file-count",
                      "severity": "warning",
                      "path": ".",
                      "line": null,
                      "message": "13 files",
                      "fix": null
                    }
                  ]
                }
                """, out.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void escapesOddNamesAndKeepsThemExact(@TempDir Path directory) throws IOException {
        String name = "C:\\Windows\\sam \"quoted\" café\u0001.md";
        Report report = new Report("0.1.0", "maven", 1, List.of(new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR,
                name, 3, "not allowed", null, null)), Map.of(), 0, 1);
        Path file = directory.resolve("nested/report.json");

        new JsonReportWriter().write(report, file);

        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(name, com.google.gson.JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("violations")
                .get(0).getAsJsonObject().get("path").getAsString());
        assertEquals(3, com.google.gson.JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("violations")
                .get(0).getAsJsonObject().get("line").getAsInt());
    }
}
