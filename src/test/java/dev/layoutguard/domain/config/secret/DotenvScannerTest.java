package dev.layoutguard.domain.config.secret;

import static dev.layoutguard.domain.config.secret.YamlScannerTest.assignments;
import static dev.layoutguard.domain.config.secret.YamlScannerTest.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class DotenvScannerTest {

    @Test
    void readsAssignmentsExportsQuotesAndComments() {
        ParsedConfig parsed = DotenvScanner.scan("""
                # DB_PASSWORD=commented
                DB_HOST=localhost
                export API_TOKEN=abc # trailing comment
                EMPTY=
                SPACED = padded
                QUOTED="with # hash"
                SINGLE='single'
                PASS_THROUGH
                """);

        assertEquals(List.of("2-2 DB_HOST=localhost", "3-3 API_TOKEN=abc", "4-4 EMPTY=", "5-5 SPACED=padded",
                "6-6 QUOTED=with # hash", "7-7 SINGLE=single"), assignments(parsed));
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void quotedValuesMaySpanLines() {
        ParsedConfig parsed = DotenvScanner.scan("KEY=\"-----BEGIN\nbody\n-----END\"\nNEXT=1\n");

        assertEquals(List.of("1-3 KEY=-----BEGIN|body|-----END", "4-4 NEXT=1"), assignments(parsed));
    }

    @Test
    void reportsLinesThatAreNoAssignmentAndUnclosedQuotes() {
        assertEquals(List.of("1 expected KEY=value, a variable name or a comment"),
                problems(DotenvScanner.scan("this is prose\nA=1\n")));
        assertEquals(List.of("2 a quoted value is never closed"), problems(DotenvScanner.scan("A=1\nB='open\nC=3\n")));
    }

    /** Coverage-guided: any text, a secret planted in it, gives no exception and no finding that prints the secret. */
    @FuzzTest(maxDuration = "5m")
    void fuzzedTextThrowsNothingAndPrintsNoPlantedSecret(byte[] input) {
        PlantedSecret.check(ConfigFormat.DOTENV, "config/.env", input);
    }
}
