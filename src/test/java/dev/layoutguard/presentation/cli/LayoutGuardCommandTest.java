package dev.layoutguard.presentation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayoutGuardCommandTest {

    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LayoutGuardCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), variable -> null, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A small Python project that follows the python preset. */
    private void conformingPythonProject() throws IOException {
        Files.writeString(project.resolve("pyproject.toml"), "[project]\nname = \"shop\"\n");
        Files.writeString(project.resolve("README.md"), "# shop\n");
        Files.createDirectories(project.resolve("src/shop"));
        Files.writeString(project.resolve("src/shop/__init__.py"), "");
    }

    @Test
    void exitsWithZeroWhenNoErrorIsFoundAndWritesTheReportsUnderTarget() throws IOException {
        conformingPythonProject();

        assertEquals(LayoutGuardCommand.PASSED, run("check", "--skip-rules", "layer-missing,docs-required",
                project.toString()), out() + err());
        assertTrue(out().startsWith("[INFO] LayoutGuard "), out());
        assertTrue(out().contains("python preset"), out());
        assertTrue(Files.isRegularFile(project.resolve("target/layout/report.json")));
        assertTrue(Files.isRegularFile(project.resolve("target/layout/report.sarif")));
    }

    @Test
    void exitsWithOneWhenErrorsAreFoundPrintingTheLinesAsThePluginDoes() throws IOException {
        conformingPythonProject();
        Files.writeString(project.resolve("DEPLOY_GUIDE.md"), "# deploy\n");

        assertEquals(LayoutGuardCommand.FAILED, run("check-root", project.toString()));
        assertTrue(out().contains("[ERROR] " + project.resolve("DEPLOY_GUIDE.md") + " [root-prohibited] guide in the "
                + "project root (matches *_GUIDE.md) (fix: docs/DEPLOY_GUIDE.md)\n"), out());
        assertTrue(out().contains("[ERROR] Run layoutguard fix to list the moves after 'fix:' (--apply makes them), "
                + "and layoutguard explain <rule-id> to read what a rule asks and why."), out());
        assertTrue(out().contains("[ERROR] LayoutGuard found 1 layout error"), out());
    }

    @Test
    void warningsFailOnlyWithFailOnWarning() throws IOException {
        conformingPythonProject();

        assertEquals(LayoutGuardCommand.PASSED, run("check", "--formats=", project.toString()));
        assertTrue(out().contains("[WARNING] docs-required"), out());
        assertEquals(LayoutGuardCommand.FAILED, run("check", "--formats=", "--fail-on-warning", project.toString()));
        // the only thing in the output directory is the result the check keeps for the next one
        try (Stream<Path> written = Files.list(project.resolve("target/layout"))) {
            assertEquals(List.of("cache"), written.map(path -> path.getFileName().toString()).toList(),
                    "--formats= writes no report");
        }
    }

    @Test
    void baselineAcceptsTheViolationsSoThatCheckPassesUntilANewOneAppears() throws IOException {
        conformingPythonProject();
        Files.writeString(project.resolve("DEPLOY_GUIDE.md"), "# deploy\n");

        assertEquals(LayoutGuardCommand.PASSED, run("baseline", "--rules", "root-prohibited", project.toString()));
        assertTrue(out().contains("[INFO] Wrote config/layout-baseline.json: 1 violation accepted in 1 entry"), out());
        assertEquals(LayoutGuardCommand.PASSED, run("check-root", project.toString()));
        assertTrue(out().contains("[INFO] 0 errors, 0 warnings, 1 baselined"), out());

        Files.writeString(project.resolve("SETUP_GUIDE.md"), "# setup\n");
        assertEquals(LayoutGuardCommand.FAILED, run("check-root", project.toString()));
    }

    @Test
    void baselineMessagesNameTheCommandLinesBaselineCommandNotMavensGoal() throws IOException {
        conformingPythonProject();
        Files.writeString(project.resolve("DEPLOY_GUIDE.md"), "# deploy\n");
        assertEquals(LayoutGuardCommand.PASSED, run("baseline", "--rules", "root-prohibited", project.toString()));
        Files.delete(project.resolve("DEPLOY_GUIDE.md"));

        run("check-root", "--baseline-strict", "--formats=", project.toString());
        assertTrue(out().contains("the check found none; run layoutguard baseline to shrink the baseline"), out());

        Files.writeString(project.resolve("config/layout-baseline.json"), "{ not json");
        assertEquals(LayoutGuardCommand.MISUSED, run("check-root", "--formats=", project.toString()));
        assertTrue(err().contains("fix the file, or write it anew with layoutguard baseline"), err());
        assertFalse((out() + err()).contains("mvn layout:"), out() + err());
    }

    @Test
    void fixListsTheMovesAndMakesThemOnlyWithApply() throws IOException {
        conformingPythonProject();
        Files.writeString(project.resolve("DEPLOY_GUIDE.md"), "# deploy\n");

        assertEquals(LayoutGuardCommand.PASSED, run("fix", "--rules", "root-prohibited", project.toString()));
        assertTrue(out().contains("[INFO] Planned moves (nothing changes without --apply):\n[INFO]   DEPLOY_GUIDE.md -> "
                + "docs/DEPLOY_GUIDE.md\n"), out());
        assertTrue(Files.exists(project.resolve("DEPLOY_GUIDE.md")));

        assertEquals(LayoutGuardCommand.PASSED, run("fix", "--apply", "--rules", "root-prohibited",
                project.toString()));
        assertTrue(Files.exists(project.resolve("docs/DEPLOY_GUIDE.md")));
        assertEquals(LayoutGuardCommand.PASSED, run("check-root", project.toString()));
    }

    @Test
    void initCreatesThePresetsMissingDirectories() throws IOException {
        conformingPythonProject();

        assertEquals(LayoutGuardCommand.PASSED, run("init", project.toString()));
        assertTrue(out().contains("[INFO] LayoutGuard "), out());
        assertTrue(out().contains("creating the missing directories of the python preset"), out());
        assertTrue(Files.isDirectory(project.resolve("docs")));
        assertTrue(out().contains("nothing was overwritten."), out());
        assertTrue(Files.readString(project.resolve("scripts/README.md")).contains("Created by `layoutguard init` "
                + "(python preset)"), "the stubs name the command line's command, not Maven's goal");
    }

    @Test
    void skipInTheConfigurationSkipsTheRun() throws IOException {
        conformingPythonProject();
        Files.writeString(project.resolve("pyproject.toml"), "[tool.layoutguard]\nskip = true\n");
        Files.writeString(project.resolve("DEPLOY_GUIDE.md"), "# deploy\n");

        assertEquals(LayoutGuardCommand.PASSED, run("check", project.toString()));
        assertTrue(out().startsWith("[INFO] LayoutGuard skipped ('skip' in "), out());
    }

    @Test
    void aBadOptionValueIsMisuseNamingTheOptionAndTheValue() throws IOException {
        conformingPythonProject();

        assertEquals(LayoutGuardCommand.MISUSED, run("check", "--preset", "gradle", project.toString()));
        assertEquals("layoutguard: Option --preset: Invalid value 'gradle' for parameter 'preset' (layout.preset): "
                + "expected auto, maven or python\n", err());
        assertEquals("", out());
    }

    @Test
    void anUnknownOptionOrCommandIsMisuse() {
        assertEquals(LayoutGuardCommand.MISUSED, run("check", "--colour"));
        assertTrue(err().contains("Unknown option: '--colour'"), err());
        assertEquals(LayoutGuardCommand.MISUSED, run("chekc"));
    }

    @Test
    void aMissingProjectDirectoryIsMisuseNamingIt() {
        Path missing = project.resolve("nowhere");

        assertEquals(LayoutGuardCommand.MISUSED, run("check", missing.toString()));
        assertEquals("layoutguard: No project directory at " + missing + " (argument DIR)\n", err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "check-root", "check-layers", "check-tests", "check-config", "baseline", "fix",
            "init", "explain", "watch"})
    void everyCommandHasItsOwnHelp(String command) {
        assertEquals(LayoutGuardCommand.PASSED, run(command, "--help"));
        String own = out();
        assertTrue(own.startsWith("Usage: layoutguard " + command + " "), own);
        assertEquals(LayoutGuardCommand.PASSED, run("help", command));
        // named first, the command is built alone; through help, among all the others: the same help either way
        assertEquals(own + own, out());
    }

    @Test
    void aRunNamingItsCommandFirstBuildsThatCommandAloneAndAnyOtherRunBuildsThemAll() {
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), variable -> null, "test");
        Set<String> every = LayoutGuardCommand.commandLine(terminal).getSubcommands().keySet();

        assertEquals(Set.of("check-layers"),
                LayoutGuardCommand.commandLine(terminal, "check-layers").getSubcommands().keySet());
        assertEquals(every, LayoutGuardCommand.commandLine(terminal, "--help").getSubcommands().keySet());
        assertEquals(every, LayoutGuardCommand.commandLine(terminal, "chekc").getSubcommands().keySet());
        Set<String> alone = new HashSet<>(every);
        alone.removeAll(Set.of("help", "completion"));
        assertEquals(alone, LayoutGuardCommand.COMMANDS);
    }

    @Test
    void explainPrintsARulesPageAndAnUnknownRuleIsMisuse() {
        assertEquals(LayoutGuardCommand.PASSED, run("explain", "root-prohibited"));
        assertTrue(out().startsWith("root-prohibited"), out());

        assertEquals(LayoutGuardCommand.MISUSED, run("explain", "root-everything"));
        assertTrue(err().startsWith("layoutguard: Invalid value 'root-everything' for parameter 'rule': unknown rule "
                + "id"), err());
    }

    @Test
    void printsAShellCompletionScript() {
        assertEquals(LayoutGuardCommand.PASSED, run("completion"));
        assertTrue(out().contains("complete -F _complete_layoutguard"), out().substring(0, 200));
    }
}
