package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifReportWriterTest {

    private static final Path PROJECT = Path.of("/work/my shop");

    private static final Report FAILING = new Report("0.1.0", "maven", 40, List.of(
            new Violation(RuleId.ROOT_PROHIBITED, Severity.ERROR, "Dockerfile", null,
                    "Docker file in the project root (matches Dockerfile*)", "deploy/docker/Dockerfile", null),
            new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR, "<img src=x onerror=alert(1)>.md", null,
                    "file not allowed in the project root", null, null),
            new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR, "C:\\temp\\notes ü #1%.txt", null,
                    "file not allowed in the project root", null, null),
            new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR, "src/main/java/shop/domain/Order.java", 7,
                    "imports infrastructure; domain may use only shared", null,
                    "shop.infrastructure.OrderRepository"),
            new Violation(RuleId.ROOT_FILE_COUNT, Severity.WARNING, ".", null, "14 files in the project root",
                    null, null)),
            Map.of("rootFiles", 14), 0, 12,
            List.of(RuleId.ROOT_PROHIBITED, RuleId.ROOT_ALLOWLIST, RuleId.ROOT_FILE_COUNT, RuleId.LAYER_DEPENDENCY,
                    RuleId.LAYER_MISSING), null);

    @Test
    void aFailingReportIsValidSarifWithOneResultPerViolation() throws IOException {
        String sarif = write(FAILING);

        assertEquals(List.of(), schemaErrors(sarif));
        assertEquals(FAILING.violations().size(), run(sarif).getAsJsonArray("results").size());
    }

    @Test
    void aReportOfEveryRuleIsValidSarif() throws IOException {
        Report everyRule = new Report("unknown", "python", 0, List.of(), Map.of(), 0, 0,
                Arrays.asList(RuleId.values()), null);

        String sarif = write(everyRule);

        assertEquals(List.of(), schemaErrors(sarif));
        assertEquals(RuleId.values().length, driver(sarif).getAsJsonArray("rules").size());
        assertEquals(0, run(sarif).getAsJsonArray("results").size());
    }

    @Test
    void theSchemaCheckRejectsAResultWithoutMessage() {
        assertFalse(schemaErrors(sarifWithResult("{\"ruleId\": \"a\"}")).isEmpty());
    }

    @Test
    void theSchemaCheckRejectsAnUnencodedUri() {
        String result = "{\"ruleId\": \"a\", \"message\": {\"text\": \"m\"}, \"locations\": [{\"physicalLocation\": "
                + "{\"artifactLocation\": {\"uri\": \"%%%% not encoded\"}}}]}";

        assertEquals(List.of(), schemaErrors(sarifWithResult(result.replace("%%%% not encoded", "encoded"))));
        assertFalse(schemaErrors(sarifWithResult(result)).isEmpty());
    }

    private static String sarifWithResult(String result) {
        return "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}}, \"results\": ["
                + result + "]}]}";
    }

    @Test
    void namesTheToolWithItsVersionAndNoAddressItDoesNotHave() throws IOException {
        JsonObject driver = driver(write(FAILING));

        assertEquals("LayoutGuard", driver.get("name").getAsString());
        assertEquals("0.1.0", driver.get("version").getAsString());
        assertFalse(driver.has("informationUri"));
    }

    @Test
    void describesEachRuleThatRanWithHelpNamingTheCommandThatPrintsItsPage() throws IOException {
        JsonArray rules = driver(write(FAILING)).getAsJsonArray("rules");

        assertEquals(List.of("root-prohibited", "root-allowlist", "root-file-count", "layer-dependency",
                "layer-missing"), rules.asList().stream().map(rule -> rule.getAsJsonObject().get("id").getAsString())
                        .toList());
        JsonObject prohibited = rules.get(0).getAsJsonObject();
        assertEquals("RootProhibited", prohibited.get("name").getAsString());
        assertEquals("A root entry matching a prohibited pattern.",
                prohibited.getAsJsonObject("shortDescription").get("text").getAsString());
        assertEquals("The root rule root-prohibited flags a root entry matching a prohibited pattern. It is an error "
                + "by default; the configuration can change that.",
                prohibited.getAsJsonObject("fullDescription").get("text").getAsString());
        assertFalse(prohibited.has("helpUri"));
        assertEquals(prohibited.getAsJsonObject("fullDescription").get("text").getAsString()
                + " Why it matters and how to fix it: mvn layout:explain -Dlayout.rule=root-prohibited",
                prohibited.getAsJsonObject("help").get("text").getAsString());
        assertEquals("warning", rules.get(2).getAsJsonObject().getAsJsonObject("defaultConfiguration")
                .get("level").getAsString());
    }

    @Test
    void locatesResultsRelativeToTheProjectDirectoryWithALineRegionOnlyWhenThereIsALine() throws IOException {
        String sarif = write(FAILING);
        JsonArray results = run(sarif).getAsJsonArray("results");

        assertEquals("file:///work/my%20shop/", run(sarif).getAsJsonObject("originalUriBaseIds")
                .getAsJsonObject("%SRCROOT%").get("uri").getAsString());
        JsonObject docker = results.get(0).getAsJsonObject();
        assertEquals("root-prohibited", docker.get("ruleId").getAsString());
        assertEquals(0, docker.get("ruleIndex").getAsInt());
        assertEquals("error", docker.get("level").getAsString());
        assertEquals("Docker file in the project root (matches Dockerfile*) (fix: move it to deploy/docker/Dockerfile)",
                docker.getAsJsonObject("message").get("text").getAsString());
        assertEquals(JsonParser.parseString("""
                [{"physicalLocation": {"artifactLocation": {"uri": "Dockerfile", "uriBaseId": "%SRCROOT%"}}}]"""),
                docker.get("locations"));
        JsonObject layer = result(results, "layer-dependency");
        assertEquals(JsonParser.parseString("""
                [{"physicalLocation": {"artifactLocation": {"uri": "src/main/java/shop/domain/Order.java",
                  "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 7}}}]"""), layer.get("locations"));
        assertEquals(3, layer.get("ruleIndex").getAsInt());
        assertEquals("warning", result(results, "root-file-count").get("level").getAsString());
    }

    @Test
    void percentEncodesHostileAndNonAsciiNames() throws IOException {
        JsonArray results = run(write(FAILING)).getAsJsonArray("results");

        assertEquals(List.of("Dockerfile", "%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.md",
                "C%3A%5Ctemp%5Cnotes%20%C3%BC%20%231%25.txt", ".", "src/main/java/shop/domain/Order.java"),
                results.asList().stream().map(result -> result.getAsJsonObject().getAsJsonArray("locations").get(0)
                        .getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation")
                        .get("uri").getAsString()).toList());
    }

    private static String write(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new SarifReportWriter().write(report, PROJECT, out);
        return out.toString();
    }

    private static JsonObject run(String sarif) {
        return JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
    }

    private static JsonObject driver(String sarif) {
        return run(sarif).getAsJsonObject("tool").getAsJsonObject("driver");
    }

    private static JsonObject result(JsonArray results, String rule) {
        return results.asList().stream().map(JsonObject.class::cast)
                .filter(result -> result.get("ruleId").getAsString().equals(rule)).findFirst().orElseThrow();
    }

    /** The official schema's complaints about a document, with format assertions on (uris must be uris). */
    static List<String> schemaErrors(String sarif) {
        try (InputStream schemaText = SarifReportWriterTest.class.getResourceAsStream("/sarif/sarif-2.1.0.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(schemaText);
            JsonNode document = JsonMapper.builder().build().readTree(sarif);
            List<Error> errors = schema.validate(document, context -> context.executionConfig(config -> config
                    .formatAssertionsEnabled(true)));
            return errors.stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new IllegalStateException("the SARIF schema is a test resource", e);
        }
    }
}
