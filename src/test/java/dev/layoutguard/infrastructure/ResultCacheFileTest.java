package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.application.Baseline;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheFileTest {

    private static final Set<RuleFamily> CONFIG = EnumSet.of(RuleFamily.CONFIG, RuleFamily.ROOT);
    private static final String VALID = "{\"port\": 8080}\n";
    private static final String BROKEN = "{\"port\"; 8080}\n";

    @TempDir
    Path project;

    private int scans;

    @BeforeEach
    void aSmallProject() throws IOException {
        write("pom.xml", "<project/>\n");
        write("README.md", "# shop\n");
        write("src/main/resources/app.json", VALID);
        write("src/main/java/com/acme/App.java", "package com.acme;\nclass App {}\n");
    }

    @Test
    void aCheckWithNothingChangedAnswersFromTheKeptResult() throws Exception {
        List<Violation> first = check(settings()).report().violations();

        LayoutSession.Outcome again = check(settings());

        assertEquals(1, scans);
        assertEquals(first, again.report().violations());
        assertEquals(4, again.report().files());
    }

    @Test
    void aContentChangeThatKeepsTheSizeAndTheModificationTimeIsChecked() throws Exception {
        check(settings());
        Path file = project.resolve("src/main/resources/app.json");
        FileTime modified = Files.getLastModifiedTime(file);

        Files.writeString(file, BROKEN);
        Files.setLastModifiedTime(file, modified);

        assertEquals(List.of("src/main/resources/app.json"), syntaxFindings(check(settings())));
        assertEquals(2, scans);
    }

    @Test
    void aRenamedFileIsChecked() throws Exception {
        write("src/main/resources/app.json", BROKEN);
        check(settings());

        Files.move(project.resolve("src/main/resources/app.json"), project.resolve("src/main/resources/api.json"));

        assertEquals(List.of("src/main/resources/api.json"), syntaxFindings(check(settings())));
    }

    @Test
    void aDeletedFileIsChecked() throws Exception {
        write("src/main/resources/app.json", BROKEN);
        check(settings());

        Files.delete(project.resolve("src/main/resources/app.json"));

        assertEquals(List.of(), syntaxFindings(check(settings())));
    }

    @Test
    void anAddedFileIsChecked() throws Exception {
        check(settings());

        write("src/main/resources/db/other.json", BROKEN);

        assertEquals(List.of("src/main/resources/db/other.json"), syntaxFindings(check(settings())));
    }

    @Test
    void aChangedSettingIsChecked() throws Exception {
        write("src/main/resources/app.json", BROKEN);
        check(settings());

        LayoutSession.Outcome skipping = check(settings(s -> s.skipRules(Set.of(RuleId.CONFIG_SYNTAX))));

        assertEquals(List.of(), syntaxFindings(skipping));
        assertEquals(2, scans);
    }

    @Test
    void anotherPluginVersionChecksAgain() throws Exception {
        check(settings());

        LayoutSession other = session(settings(), "2.0");

        LayoutSession.Outcome checked = other.check(other.selection(CONFIG));

        assertEquals("2.0", checked.report().version());
        assertEquals(2, scans);
    }

    @Test
    void aChangedGitignoreIsChecked() throws Exception {
        write("src/main/resources/app.json", BROKEN);
        check(settings());

        write(".gitignore", "app.json\n");

        assertEquals(List.of(), syntaxFindings(check(settings())));
    }

    @Test
    void aChangedBaselineIsChecked() throws Exception {
        write("src/main/resources/app.json", BROKEN);
        LayoutSession session = session(settings(), "1.0");
        session.writeBaseline(session.check(session.selection(CONFIG)));
        settle();
        LayoutSession.Outcome before = check(settings());

        Files.delete(project.resolve(Settings.DEFAULT_BASELINE));

        assertEquals(1, before.report().baselined());
        assertEquals(List.of("src/main/resources/app.json"), syntaxFindings(check(settings())));
    }

    @Test
    void aCorruptCacheFileIsCheckedAgainAndWrittenAnew() throws Exception {
        write("src/main/resources/app.json", BROKEN);
        check(settings());
        Path kept = project.resolve("target/layout/cache/check-config-root.cache");
        String whole = Files.readString(kept);

        Files.writeString(kept, whole.substring(0, whole.length() / 2));
        LayoutSession.Outcome checked = check(settings());
        LayoutSession.Outcome answered = check(settings());

        assertEquals(List.of("src/main/resources/app.json"), syntaxFindings(checked));
        assertEquals(checked.report().violations(), answered.report().violations());
        assertEquals(2, scans);
        assertEquals(whole.lines().count(), Files.readString(kept).lines().count());
    }

    @Test
    void aFileChangedWhileTheCheckRanLeavesNothingKept() throws Exception {
        Path file = project.resolve("src/main/resources/app.json");
        LayoutSession changing = session(settings(), "1.0", () -> Files.writeString(file, BROKEN));

        changing.check(changing.selection(CONFIG));
        LayoutSession.Outcome next = check(settings());

        assertEquals(List.of("src/main/resources/app.json"), syntaxFindings(next));
        assertEquals(2, scans);
    }

    private LayoutSession.Outcome check(Settings settings) throws Exception {
        LayoutSession session = session(settings, "1.0");
        return session.check(session.selection(CONFIG));
    }

    private static List<String> syntaxFindings(LayoutSession.Outcome outcome) {
        return outcome.report().violationsOf(RuleId.CONFIG_SYNTAX).stream().map(Violation::path).toList();
    }

    private Settings settings() {
        return settings(UnaryOperator.identity());
    }

    private Settings settings(UnaryOperator<Settings.Builder> changes) {
        return changes.apply(Settings.builder(Build.standalone(project))).build();
    }

    private LayoutSession session(Settings settings, String version) {
        return session(settings, version, () -> { });
    }

    /** A session on the project whose walk first does something to it, after the check has started. */
    private LayoutSession session(Settings settings, String version, Change during) {
        NativeNames natives = new NativeNames();
        return new LayoutSession(settings, version, (directory, respectGitignore, exempt) -> {
            scans++;
            during.make();
            return new ProjectScanner(respectGitignore, exempt, natives).scan(directory);
        }, new FileContents(project, 1 << 20, natives), new BaselineFile(), Baseline.MAVEN_COMMAND,
                new ResultCacheFile(project, settings.outputDirectory().resolve("cache"), settings.build().exempt(),
                        List.of(settings.baseline())));
    }

    /** Writes a file, then lets the file system's clock move on, as time passes between an edit and a build. */
    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        settle();
    }

    private static void settle() {
        try {
            // the clock of a file system moves in steps of up to a few milliseconds
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface Change {
        void make() throws IOException;
    }
}
