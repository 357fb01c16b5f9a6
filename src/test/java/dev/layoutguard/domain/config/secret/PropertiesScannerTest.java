package dev.layoutguard.domain.config.secret;

import static dev.layoutguard.domain.config.secret.YamlScannerTest.assignments;
import static dev.layoutguard.domain.config.secret.YamlScannerTest.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertiesScannerTest {

    @Test
    void readsEverySeparatorAndSkipsComments() {
        ParsedConfig parsed = PropertiesScanner.scan("""
                # db.password=commented
                ! also a comment
                db.url=jdbc:h2:mem
                db.user : app
                db.password   secret value
                  indented.key=1
                empty=
                bare
                tab\tseparated
                """);

        assertEquals(List.of("3-3 db.url=jdbc:h2:mem", "4-4 db.user=app", "5-5 db.password=secret value",
                "6-6 indented.key=1", "7-7 empty=", "8-8 bare=", "9-9 tab=separated"), assignments(parsed));
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void joinsContinuedLines() {
        ParsedConfig parsed = PropertiesScanner.scan("""
                list=a,\\
                     b,\\
                     c
                even=ends with two\\\\
                next=x
                """);

        assertEquals(List.of("1-3 list=a,b,c", "4-4 even=ends with two\\", "5-5 next=x"), assignments(parsed));
    }

    @Test
    void resolvesEscapesInKeysAndValues() {
        ParsedConfig parsed = PropertiesScanner.scan("""
                my\\ key=v
                a\\=b=c
                uni\\u0063ode=\\u0041\\tz
                """);

        assertEquals(List.of("1-1 my key=v", "2-2 a=b=c", "3-3 unicode=A\tz"), assignments(parsed));
    }

    @Test
    void reportsAMalformedUnicodeEscape() {
        ParsedConfig parsed = PropertiesScanner.scan("ok=1\nbad=\\u12G4\n");

        assertEquals(List.of("1-1 ok=1"), assignments(parsed));
        assertEquals(List.of("2 a \\u escape is not followed by four hexadecimal digits"), problems(parsed));
    }

    /** Coverage-guided: any text, a secret planted in it, gives no exception and no finding that prints the secret. */
    @FuzzTest(maxDuration = "5m")
    void fuzzedTextThrowsNothingAndPrintsNoPlantedSecret(byte[] input) {
        PlantedSecret.check(ConfigFormat.PROPERTIES, "src/main/resources/application.properties", input);
    }
}
