package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.ConfiguredDirectory;
import dev.layoutguard.application.settings.PresetChanges;
import dev.layoutguard.application.settings.RootChanges;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.application.settings.TestChanges;
import dev.layoutguard.domain.ContentReader;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayoutSessionTest {

    private static final Path PROJECT = Path.of("/work/shop").toAbsolutePath();
    private static final ProjectTree PYTHON = ProjectTree.of(List.of(Entry.file("pyproject.toml", 10),
            Entry.file("notes.txt", 5), Entry.directory("tests"), Entry.directory("src")));
    private static final Build BUILD = new Build(PROJECT, PROJECT.resolve("out"), List.of("./api"), true, PROJECT);

    private final List<String> scans = new ArrayList<>();
    private final Store store = new Store();

    @Test
    void walksTheProjectWithTheSettingsAndAppliesTheirChangesToThePresetTheTreeLooksLike() throws Exception {
        Settings settings = Settings.builder(BUILD).respectGitignore(false).changes(changes(
                new RootChanges(List.of(), List.of(), List.of(), List.of(), 20), TestChanges.NONE)).build();

        Project project = session(settings, PYTHON).project();

        assertEquals(List.of(PROJECT + " false [out, .mvn/target]"), scans);
        assertEquals("python", project.preset().name());
        assertEquals(20, project.preset().root().maxFiles());
        assertEquals(List.of("api"), project.modules());
    }

    @Test
    void aChangeThatDoesNotFitTheProjectNamesItsParameter() {
        TestChanges roots = new TestChanges(List.of(new ConfiguredDirectory("tests/contract", "tests/contract",
                false)), List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null);
        Settings settings = Settings.builder(BUILD).changes(changes(RootChanges.NONE, roots)).build();

        assertEquals("Invalid value 'tests/contract' for parameter 'tests.roots': matches no directory of the project "
                + "(create it, or end it with ? if it is optional)",
                assertThrows(SettingsException.class, () -> session(settings, PYTHON).project()).getMessage());
    }

    @Test
    void holdsTheViolationsAgainstTheBaselineAndCountsTheSelectedRules() throws Exception {
        store.files.put(PROJECT.resolve("config/layout-baseline.json"), Baseline.of(List.of(
                new BaselineEntry(RuleId.ROOT_ALLOWLIST, "notes.txt", null, 1))));
        LayoutSession session = session(Settings.builder(BUILD).skipRules(Set.of(RuleId.ROOT_FILE_COUNT)).build(),
                PYTHON);

        LayoutSession.Outcome outcome = session.check(session.selection(EnumSet.of(RuleFamily.ROOT)));

        assertEquals(List.of(), outcome.report().violations());
        assertEquals(1, outcome.report().baselined());
        assertEquals(1, outcome.baseline().size());
        assertEquals(3, outcome.rules());
        assertEquals(List.of(RuleId.ROOT_PROHIBITED, RuleId.ROOT_ALLOWLIST, RuleId.ROOT_PREFERRED_HOME),
                outcome.report().rules());
    }

    @Test
    void ignoringTheBaselineReportsEveryViolation() throws Exception {
        store.files.put(PROJECT.resolve("config/layout-baseline.json"), Baseline.of(List.of(
                new BaselineEntry(RuleId.ROOT_ALLOWLIST, "notes.txt", null, 1))));
        LayoutSession session = session(Settings.builder(BUILD).build(), PYTHON);

        LayoutSession.Outcome outcome = session.checkIgnoringBaseline(session.selection(EnumSet.of(RuleFamily.ROOT)));

        assertEquals(List.of("notes.txt"), outcome.report().violations().stream().map(v -> v.path()).toList());
        assertEquals(0, outcome.baseline().size());
    }

    @Test
    void writesTheBaselineKeepingTheEntriesOfRulesThatDidNotRun() throws Exception {
        Path file = PROJECT.resolve("config/layout-baseline.json");
        BaselineEntry layers = new BaselineEntry(RuleId.LAYER_DEPENDENCY, "src/a.py", "b", 2);
        store.files.put(file, Baseline.of(List.of(layers, new BaselineEntry(RuleId.ROOT_ALLOWLIST, "old.txt", null,
                1))));
        LayoutSession session = session(Settings.builder(BUILD).build(), PYTHON);

        LayoutSession.BaselineUpdate update = session.writeBaseline(session.checkIgnoringBaseline(
                session.selection(EnumSet.of(RuleFamily.ROOT))));

        assertEquals(file, update.file());
        assertEquals(List.of(layers, new BaselineEntry(RuleId.ROOT_ALLOWLIST, "notes.txt", null, 1)),
                store.files.get(file).entries());
        assertEquals(1, update.kept());
        assertNull(update.unreadable());
    }

    @Test
    void replacesAnUnreadableBaselineSayingWhy() throws Exception {
        store.unreadable = "it is not valid JSON";
        LayoutSession session = session(Settings.builder(BUILD).build(), PYTHON);

        LayoutSession.BaselineUpdate update = session.writeBaseline(session.checkIgnoringBaseline(
                session.selection(EnumSet.allOf(RuleFamily.class))));

        assertEquals("it is not valid JSON", update.unreadable());
        assertEquals(0, update.kept());
    }

    @Test
    void aBaselineThatCannotBeReadStopsTheCheckNamingTheFileAndTheParameter() {
        store.unreadable = "it is empty";
        LayoutSession session = session(Settings.builder(BUILD).build(), PYTHON);

        assertEquals("Cannot use the baseline " + PROJECT.resolve("config/layout-baseline.json") + " (parameter "
                + "'baseline', layout.baseline): it is empty; fix the file, or write it anew with mvn layout:baseline",
                assertThrows(IOException.class, () -> session.check(session.selection(EnumSet.allOf(
                        RuleFamily.class)))).getMessage());
    }

    @Test
    void aProjectDirectoryThatCannotBeReadIsNamed() {
        LayoutSession session = new LayoutSession(Settings.builder(BUILD).build(), "1.0",
                (directory, respectGitignore, exempt) -> {
                    throw new IOException("permission denied");
                }, ContentReader.none(), store);

        assertEquals("Cannot read the project directory " + PROJECT + ": permission denied",
                assertThrows(IOException.class, session::project).getMessage());
    }

    @Test
    void anUnreadableIgnoreFileIsNamedWithTheReason() {
        LayoutSession session = new LayoutSession(Settings.builder(BUILD).build(), "1.0",
                (directory, respectGitignore, exempt) -> {
                    throw new AccessDeniedException(directory.resolve(".gitignore").toString());
                }, ContentReader.none(), store);

        assertEquals("Cannot read the project directory " + PROJECT + ": permission denied: "
                + PROJECT.resolve(".gitignore"), assertThrows(IOException.class, session::project).getMessage());
    }

    @Test
    void aBaselineThatCannotBeWrittenIsNamedWithTheReason() throws Exception {
        LayoutSession session = new LayoutSession(Settings.builder(BUILD).build(), "1.0",
                (directory, respectGitignore, exempt) -> PYTHON, ContentReader.none(), new Store() {
                    @Override
                    public void write(Baseline baseline, Path file) throws IOException {
                        throw new FileSystemException(file.toString(), null, "Read-only file system");
                    }
                });
        LayoutSession.Outcome outcome = session.checkIgnoringBaseline(session.selection(EnumSet.of(RuleFamily.ROOT)));

        assertEquals("Cannot write the baseline " + PROJECT.resolve("config/layout-baseline.json")
                + ": read-only file system: " + PROJECT.resolve("config/layout-baseline.json"),
                assertThrows(IOException.class, () -> session.writeBaseline(outcome)).getMessage());
    }

    private LayoutSession session(Settings settings, ProjectTree tree) {
        return new LayoutSession(settings, "1.0", (directory, respectGitignore, exempt) -> {
            scans.add(directory + " " + respectGitignore + " " + exempt);
            return tree;
        }, ContentReader.none(), store);
    }

    private static PresetChanges changes(RootChanges root, TestChanges tests) {
        return new PresetChanges(root, PresetChanges.NONE.layers(), tests, PresetChanges.NONE.config(),
                PresetChanges.NONE.structure(), Map.of(), List.of());
    }

    /** Baselines in memory; one that is set unreadable fails every read with its reason. */
    private static class Store implements BaselineStore {

        final Map<Path, Baseline> files = new HashMap<>();
        String unreadable;

        @Override
        public Optional<Baseline> read(Path file) throws IOException {
            if (unreadable != null) {
                throw new IOException(unreadable);
            }
            return Optional.ofNullable(files.get(file));
        }

        @Override
        public void write(Baseline baseline, Path file) throws IOException {
            files.put(file, baseline);
        }
    }
}
