package dev.layoutguard.domain.config.secret;

import static dev.layoutguard.domain.config.secret.YamlScannerTest.assignments;
import static dev.layoutguard.domain.config.secret.YamlScannerTest.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class IniScannerTest {

    @Test
    void prefixesKeysWithTheirSectionAndSkipsComments() {
        ParsedConfig parsed = IniScanner.scan("""
                top = level
                [database]
                ; password = commented
                # password = commented too
                user = app
                password: s3cret ; inline comment
                [tool:pytest]
                addopts = -q
                """);

        assertEquals(List.of("1-1 top=level", "5-5 database.user=app", "6-6 database.password=s3cret",
                "8-8 tool:pytest.addopts=-q"), assignments(parsed));
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void indentedLinesContinueTheValueAbove() {
        ParsedConfig parsed = IniScanner.scan("""
                [pypi]
                password =
                    continued
                install_requires =
                    a
                    b
                next = 1
                """);

        assertEquals(List.of("2-3 pypi.password=|continued", "4-6 pypi.install_requires=|a|b", "7-7 pypi.next=1"),
                assignments(parsed));
    }

    @Test
    void reportsASectionHeaderNeverClosed() {
        ParsedConfig parsed = IniScanner.scan("[broken\nkey = v\n");

        assertEquals(List.of("1 a [section] header is never closed"), problems(parsed));
        assertEquals(List.of("2-2 key=v"), assignments(parsed));
    }

    /** Coverage-guided: any text, a secret planted in it, gives no exception and no finding that prints the secret. */
    @FuzzTest(maxDuration = "5m")
    void fuzzedTextThrowsNothingAndPrintsNoPlantedSecret(byte[] input) {
        PlantedSecret.check(ConfigFormat.INI, "src/main/resources/settings.ini", input);
    }
}
