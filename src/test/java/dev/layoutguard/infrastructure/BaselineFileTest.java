package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.application.Baseline;
import dev.layoutguard.application.BaselineEntry;
import dev.layoutguard.domain.RuleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

    private final BaselineFile store = new BaselineFile();

    @TempDir
    Path directory;

    @Test
    void writesSortedIndentedJsonWithATrailingNewline() throws IOException {
        Baseline baseline = Baseline.of(List.of(
                new BaselineEntry(RuleId.ROOT_PROHIBITED, "Dockerfile", null, 1),
                new BaselineEntry(RuleId.LAYER_DEPENDENCY, "src/a/domain/A.java", "a.infrastructure.Db", 2)));
        Path file = directory.resolve("config/layout-baseline.json");

        store.write(baseline, file);

        assertEquals("""
                {
                  "tool": "layoutguard",
                  "format": 1,
                  "entries": [
                    {
                      "rule": "layer-dependency",
                      "path": "src/a/domain/A.java",
                      "reference": "a.infrastructure.Db",
                      "count": 2
                    },
                    {
                      "rule": "root-prohibited",
                      "path": "Dockerfile",
                      "count": 1
                    }
                  ]
                }
                """, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of("layout-baseline.json"), names(file.getParent()));
    }

    @Test
    void readsWhatItWritesOddNamesIncluded() throws IOException {
        Baseline baseline = Baseline.of(List.of(
                new BaselineEntry(RuleId.ROOT_ALLOWLIST, "caf\u00e9 \"quoted\"\\x.md", null, 1),
                new BaselineEntry(RuleId.CONFIG_SECRET, "config/app.yml", "db.password", 3)));
        Path file = directory.resolve("baseline.json");

        store.write(baseline, file);

        assertEquals(Optional.of(baseline), store.read(file));
    }

    @Test
    void anAbsentFileIsNoBaseline() throws IOException {
        assertEquals(Optional.empty(), store.read(directory.resolve("config/layout-baseline.json")));
    }

    @Test
    void toleratesAMissingCountUnknownFieldsAndANullReference() throws IOException {
        Path file = write("""
                {"format": 1, "comment": "kept by hand", "entries": [
                  {"rule": "root-allowlist", "path": "notes.txt", "reference": null, "since": "2026-01"}
                ]}""");

        assertEquals(Optional.of(Baseline.of(List.of(new BaselineEntry(RuleId.ROOT_ALLOWLIST, "notes.txt", null, 1)))),
                store.read(file));
    }

    @Test
    void aMergeConflictIsNotValidJson() throws IOException {
        Path file = write("""
                {
                  "entries": [
                <<<<<<< HEAD
                    {"rule": "root-allowlist", "path": "a"}
                =======
                    {"rule": "root-allowlist", "path": "b"}
                >>>>>>> topic
                  ]
                }
                """);

        assertEquals("it is not valid JSON: unexpected text at line 3 column 1 path $.entries[0]", failure(file));
    }

    @Test
    void namesWhatIsWrongWithACorruptBaseline() throws IOException {
        assertEquals("it is empty", failure(write("  \n")));
        assertEquals("expected a JSON object at $ but found begin array", failure(write("[]")));
        assertEquals("it has no \"entries\" list", failure(write("{\"format\": 1}")));
        assertEquals("expected a list at $.entries but found begin object", failure(write("{\"entries\": {}}")));
        assertEquals("it ends too early: End of input at line 1 column 14 path $.entries[0]",
                failure(write("{\"entries\": [")));
        assertEquals("it is not valid JSON: unexpected text at line 1 column 18 path $",
                failure(write("{\"entries\": []} {}")));
        assertEquals("it is not valid JSON: Expected name at line 1 column 17 path $.entries",
                failure(write("{\"entries\": [],}")));
        assertEquals("the entry at $.entries[0] has the unknown rule id 'root-everything' (known ids: "
                + RuleId.known() + ")", failure(write("{\"entries\": [{\"rule\": \"root-everything\", \"path\": \"a\"}]}")));
        assertEquals("the entry at $.entries[0] lacks \"path\"",
                failure(write("{\"entries\": [{\"rule\": \"root-allowlist\"}]}")));
        assertEquals("the entry at $.entries[0] is invalid: path must be relative to the project and stay inside it: "
                + "../secret", failure(write("{\"entries\": [{\"rule\": \"root-allowlist\", \"path\": \"../secret\"}]}")));
        assertEquals("the entry at $.entries[0] is invalid: count must be 1 or more, was 0",
                failure(write("{\"entries\": [{\"rule\": \"root-allowlist\", \"path\": \"a\", \"count\": 0}]}")));
        assertEquals("expected a string at $.entries[0].path but found number",
                failure(write("{\"entries\": [{\"rule\": \"root-allowlist\", \"path\": 7}]}")));
        assertEquals("it has format 2, and this version of LayoutGuard reads format 1; it was written by a newer "
                + "version", failure(write("{\"format\": 2, \"entries\": []}")));
    }

    @Test
    void namesAFileThatIsNoTextOrNoFile() throws IOException {
        Path binary = directory.resolve("binary.json");
        Files.write(binary, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});

        assertEquals("it is not UTF-8 text", failure(binary));
        assertEquals("it is a directory, not a file", failure(Files.createDirectory(directory.resolve("dir.json"))));
    }

    @Test
    void refusesToReplaceAFileThatIsNoBaselineAndLeavesItAlone() throws IOException {
        String pom = "<project><modelVersion>4.0.0</modelVersion></project>\n";
        Path file = Files.writeString(directory.resolve("pom.xml"), pom);

        IOException e = assertThrows(IOException.class, () -> store.write(Baseline.none(), file));

        assertEquals("it is not a LayoutGuard baseline (it lacks \"tool\": \"layoutguard\"), and the baseline goal "
                + "replaces only its own files; point layout.baseline at another file, or delete this one first",
                e.getMessage());
        assertEquals(pom, Files.readString(file));
        assertEquals(List.of("pom.xml"), names(directory));
    }

    @Test
    void replacesItsOwnBaselineEvenWhenAMergeDamagedIt() throws IOException {
        Path file = write("""
                {
                  "tool": "layoutguard",
                  "format": 1,
                  "entries": [
                <<<<<<< HEAD
                    {"rule": "root-allowlist", "path": "a"}
                =======
                >>>>>>> topic
                  ]
                }
                """);
        Path empty = write("");

        store.write(Baseline.none(), file);
        store.write(Baseline.none(), empty);

        assertEquals(Optional.of(Baseline.none()), store.read(file));
        assertEquals(Optional.of(Baseline.none()), store.read(empty));
    }

    @Test
    void aNewBaselineIsReadableByAllAndAReplacedOneKeepsItsPermissions() throws IOException {
        Path created = directory.resolve("config/layout-baseline.json");
        Path kept = write("{\"tool\": \"layoutguard\", \"entries\": []}");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw-r--"));

        store.write(Baseline.none(), created);
        store.write(Baseline.none(), kept);

        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
    }

    @Test
    void countsBeyondTheLargestNumberAreNamedNotACrash() throws IOException {
        String max = "{\"rule\": \"root-allowlist\", \"path\": \"a\", \"count\": 2147483647}";
        Baseline twice = store.read(write("{\"entries\": [" + max + ", " + max + "]}")).orElseThrow();

        assertEquals(List.of(new BaselineEntry(RuleId.ROOT_ALLOWLIST, "a", null, Integer.MAX_VALUE)), twice.entries());
        assertEquals("the entry at $.entries[0] has a count that is not a whole number from 1 to 2147483647",
                failure(write("{\"entries\": [{\"rule\": \"root-allowlist\", \"path\": \"a\", \"count\": "
                        + "2147483648}]}")));
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(directory, "baseline", ".json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private String failure(Path file) {
        return assertThrows(IOException.class, () -> store.read(file)).getMessage();
    }

    private static List<String> names(Path directory) throws IOException {
        try (var stream = Files.list(directory)) {
            return stream.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
