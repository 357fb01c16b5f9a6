package dev.layoutguard.domain.config.secret;

import static dev.layoutguard.domain.config.secret.YamlScannerTest.assignments;
import static dev.layoutguard.domain.config.secret.YamlScannerTest.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonScannerTest {

    @Test
    void readsNestedKeysArraysAndLinesOfEachValue() {
        ParsedConfig parsed = JsonScanner.scan("""
                {
                  "name": "shop",
                  "db": {"user": "app", "password": "p\\"q"},
                  "hosts": ["a",
                            "b"],
                  "port": 8080, "debug": false, "none": null
                }
                """);

        assertEquals(List.of("2-2 name=shop", "3-3 db.user=app", "3-3 db.password=p\"q", "4-4 hosts=a", "5-5 hosts=b",
                "6-6 port=8080", "6-6 debug=false", "6-6 none=null"), assignments(parsed));
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void toleratesComments() {
        ParsedConfig parsed = JsonScanner.scan("{\n  // a comment\n  /* block\n */ \"a\": 1\n}\n");

        assertEquals(List.of("4-4 a=1"), assignments(parsed));
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void reportsWhereADocumentBreaks() {
        assertEquals(List.of("2 expected ',' or '}' between values"), problems(JsonScanner.scan("{\"a\": 1\n\"b\": 2}")));
        assertEquals(List.of("1 a { is never closed"), problems(JsonScanner.scan("{\"a\": 1,\n")));
        assertEquals(List.of("1 a quoted value is never closed"), problems(JsonScanner.scan("{\"a\": \"open\n}")));
        assertEquals(List.of("1 expected a quoted key"), problems(JsonScanner.scan("{a: 1}")));
        assertEquals(List.of("2 expected ':' after a key"), problems(JsonScanner.scan("{\"a\": 1,\n \"b\" }")));
        assertEquals(List.of("1 expected a JSON value (a string, number, true, false, null, object or array)"),
                problems(JsonScanner.scan("{\"a\": yes}")));
        assertEquals(List.of("1 text follows the end of the JSON document"), problems(JsonScanner.scan("{} {}")));
        assertEquals(List.of(), problems(JsonScanner.scan("  \n")));
    }

    @Test
    void reportsNestingTooDeepInsteadOfOverflowing() {
        String deep = "[".repeat(100_000);

        assertEquals(List.of("1 values are nested deeper than 200 levels"), problems(JsonScanner.scan(deep)));
    }

    @Test
    void longKeyPathsStopAtTheBound() {
        String key = "\"" + "k".repeat(3000) + "\"";
        String json = "{" + key + ": {" + key + ": {" + key + ": \"v\"}}}";

        assertEquals(List.of("1 a key path is longer than 4096 characters"),
                problems(JsonScanner.scan(json)));
    }

    /** Coverage-guided: any text, a secret planted in it, gives no exception and no finding that prints the secret. */
    @FuzzTest(maxDuration = "5m")
    void fuzzedTextThrowsNothingAndPrintsNoPlantedSecret(byte[] input) {
        PlantedSecret.check(ConfigFormat.JSON, "src/main/resources/settings.json", input);
    }
}
