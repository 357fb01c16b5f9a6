package dev.layoutguard.domain.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresetTableTest {

    private static final Path PAGE = Path.of("docs/presets.md");
    private static final String BEGIN = "<!-- generated from the presets: begin -->\n";
    private static final String END = "<!-- generated from the presets: end -->\n";
    private static final String TABLE = PresetTable.markdown(List.of(Presets.maven(), Presets.python()));

    @Test
    void thePresetsPageShowsThePresetsAsTheCodeDefinesThem() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int begin = page.indexOf(BEGIN);
        int end = page.indexOf(END);
        assertTrue(begin >= 0 && end > begin, PAGE + " has lost its markers " + BEGIN.trim() + " and " + END.trim());
        String generated = page.substring(0, begin + BEGIN.length()) + TABLE + page.substring(end);
        if (Boolean.getBoolean("presets.update") && !generated.equals(page)) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
            page = generated;
        }

        assertEquals(generated, page, PAGE + " differs from the presets in the code; regenerate its table with "
                + "./mvnw -o -q -Dinvoker.skip verify -Dtest=PresetTableTest -Dpresets.update=true and commit it");
    }

    @Test
    void showsEachPartOfEachPresetInItsColumn() {
        assertTrue(TABLE.startsWith("| part | `maven` | `python` | what it is |\n|---|---|---|---|\n"), TABLE);
        assertRow("| tests: roots | `src/test/java`, `src/test/kotlin` | `tests` |");
        assertRow("| tests: unit category | none | `unit` |");
        assertRow("| root: file limit | 12 | 12 |");
        assertRow("| layers: base package | detected | detected |");
        assertRow("| config: scope | `src/main/java`, `src/main/kotlin`, `src/test/java`, `src/test/kotlin` | the whole "
                + "project |");
        assertRow("| docs: directory | `docs`, optional | `docs` |");
        assertRow("| structure: depth below the base package | yes | no |");
        assertRow("| structure: naming | java | snake case |");
        assertTrue(TABLE.contains("`*.log` → remove | "), "a prohibited entry without a target");
        assertTrue(TABLE.contains("`.venv/` → `environments/.{bare}`"), "a prohibited directory with its target");
        assertTrue(TABLE.contains("`domain` → `shared`; `application` → `domain`, `shared`; "), "the layer graph");
        assertTrue(TABLE.contains("`shared` optional"), "an optional layer");
        assertTrue(TABLE.contains("`docker` → `Dockerfile*`, "), "the deploy files by category");
    }

    private static void assertRow(String start) {
        assertTrue(TABLE.contains("\n" + start), "no row starting " + start + " in\n" + TABLE);
    }
}
