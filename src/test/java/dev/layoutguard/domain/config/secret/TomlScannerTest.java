package dev.layoutguard.domain.config.secret;

import static dev.layoutguard.domain.config.secret.YamlScannerTest.assignments;
import static dev.layoutguard.domain.config.secret.YamlScannerTest.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class TomlScannerTest {

    @Test
    void readsTablesDottedAndQuotedKeysAndValues() {
        ParsedConfig parsed = TomlScanner.scan("""
                # password = "commented"
                title = "app"
                [tool.poetry]
                name = 'shop' # comment
                [[servers]]
                "api.token" = "t"
                db.password = "p"
                port = 8080
                when = 1979-05-27T07:32:00Z
                """);

        assertEquals(List.of("2-2 title=app", "4-4 tool.poetry.name=shop", "6-6 servers.api.token=t",
                "7-7 servers.db.password=p", "8-8 servers.port=8080", "9-9 servers.when=1979-05-27T07:32:00Z"),
                assignments(parsed));
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void readsMultiLineStringsArraysAndInlineTables() {
        ParsedConfig parsed = TomlScanner.scan("""
                key = \"\"\"
                first
                second\"\"\"
                raw = '''x'''
                hosts = [
                  "a", # comment
                  "b",
                ]
                db = { user = "app", password = "p" }
                last = true
                """);

        assertEquals(List.of("1-3 key=|first|second", "4-4 raw=x", "6-6 hosts=a", "7-7 hosts=b", "9-9 db.user=app",
                "9-9 db.password=p", "10-10 last=true"), assignments(parsed));
    }

    @Test
    void reportsLinesThatAreNoAssignmentAndStringsNeverClosed() {
        assertEquals(List.of("1 expected key = value, a [table] header or a comment"),
                problems(TomlScanner.scan("just words\na = 1\n")));
        assertEquals(List.of("2 a quoted value is never closed"),
                problems(TomlScanner.scan("a = 1\nb = \"open\nc = 3\n")));
        assertEquals(List.of("1 a [table] header is never closed"), problems(TomlScanner.scan("[table\n")));
    }

    /** Coverage-guided: any text, a secret planted in it, gives no exception and no finding that prints the secret. */
    @FuzzTest(maxDuration = "5m")
    void fuzzedTextThrowsNothingAndPrintsNoPlantedSecret(byte[] input) {
        PlantedSecret.check(ConfigFormat.TOML, "src/main/resources/settings.toml", input);
    }
}
