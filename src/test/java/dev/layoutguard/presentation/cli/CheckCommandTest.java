package dev.layoutguard.presentation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.infrastructure.NativeNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line finds what the plugin finds: every integration project that runs the plugin's check (no other goal,
 * no reactor, no prebuild script) is checked by the command line, which must print each line its expectations hold and
 * end as the build ends, running the goal the pom's execution runs. Lines that name Maven itself (BUILD FAILURE,
 * mvn layout:...) are the plugin's own.
 */
class CheckCommandTest {

    private static final Path PROJECTS = Path.of("src/it");
    private static final Pattern ASSERTION = Pattern.compile(
            "assert\\s+log\\.contains\\(((?:\\s*\\+?\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'))+)\\s*"
                    + "(?:\\.toString\\(\\))?\\s*(?:\\+\\s*System\\.lineSeparator\\(\\))?\\)");
    private static final Pattern LINE = Pattern.compile(
            "(?<!\\+\\s{0,80})\"(\\[(?:ERROR|WARNING|INFO)\\] (?:[^\"\\\\]|\\\\.)*)\"(?=\\s*[,\\]])");
    private static final Pattern GOAL = Pattern.compile("<goal>(check[a-z-]*)</goal>");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'");
    /** The user properties the projects set, as the command line's options. */
    private static final Map<String, String> OPTIONS = Map.of("layout.preset", "--preset", "layout.failOnWarning",
            "--fail-on-warning", "layout.baseline", "--baseline", "layout.baseline.strict", "--baseline-strict");

    @TempDir
    Path temporary;

    static Stream<String> checkedProjects() throws IOException {
        try (Stream<Path> projects = Files.list(PROJECTS)) {
            return projects.filter(project -> Files.isRegularFile(project.resolve("pom.xml")))
                    .filter(project -> !Files.exists(project.resolve("prebuild.groovy")))
                    .filter(project -> arguments(project) != null)
                    .filter(project -> read(project.resolve("pom.xml")).contains("@project.artifactId@"))
                    .filter(project -> !read(project.resolve("pom.xml")).contains("<modules>"))
                    // the enforcer rule's project runs the check through maven-enforcer-plugin, with its own lines
                    .filter(project -> !read(project.resolve("pom.xml")).contains("maven-enforcer-plugin"))
                    .map(project -> project.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("checkedProjects")
    void theCommandLineFindsWhatThePluginFinds(String name) throws IOException {
        Path project = copy(PROJECTS.resolve(name), temporary.resolve(name));
        String root = project.toRealPath().toString();
        Matcher goal = GOAL.matcher(read(PROJECTS.resolve(name).resolve("pom.xml")));
        List<String> args = new ArrayList<>(List.of(goal.find() ? goal.group(1) : "check"));
        args.addAll(arguments(PROJECTS.resolve(name)));
        args.add(project.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);

        int exit = LayoutGuardCommand.run(stream, stream, variable -> null, args.toArray(String[]::new));

        String printed = out.toString(StandardCharsets.UTF_8).replace(project.toString(), root);
        String verify = read(PROJECTS.resolve(name).resolve("verify.groovy"));
        List<String> expected = expectations(verify, root);
        for (String line : expected) {
            assertTrue(printed.contains(line), name + ": the command line does not print\n" + line + "\n\nit printed:\n"
                    + printed);
        }
        if (properties(PROJECTS.resolve(name)).getProperty("invoker.buildResult", "success").equals("failure")) {
            assertNotEquals(LayoutGuardCommand.PASSED, exit, name + " fails the build:\n" + printed);
        } else {
            assertEquals(LayoutGuardCommand.PASSED, exit, name + " passes the build:\n" + printed);
        }
    }

    /** Runs again under {@code LC_ALL=C} in the surefire execution {@code posix-locale}. */
    @Test
    void nonAsciiNamesAreCheckedPrintedAndMovedByTheirRealNamesUnderAnyLocale() throws IOException {
        Path project = Files.createDirectories(temporary.resolve("project"));
        Files.createDirectories(NativeNames.path(project, "docs/r\u00e9f\u00e9rences"));
        Files.writeString(NativeNames.path(project, "docs/r\u00e9f\u00e9rences/index.md"), "# Index\n");
        Files.writeString(NativeNames.path(project, "\u00dcn\u00efcode_GUIDE.md"), "# Guide\n");
        Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(NativeNames.path(project, "src/main/resources/configuraci\u00f3n.properties"),
                "password=Hx7LpQ2sNv4T\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        String rules = "root-prohibited,config-secret";

        int check = LayoutGuardCommand.run(stream, stream, variable -> null, "check", "--rules", rules,
                project.toString());
        int fix = LayoutGuardCommand.run(stream, stream, variable -> null, "fix", "--apply", "--rules", rules,
                project.toString());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, check, printed);
        assertTrue(printed.contains("/\u00dcn\u00efcode_GUIDE.md [root-prohibited]"), printed);
        assertTrue(printed.contains("/configuraci\u00f3n.properties:[1,1] [config-secret]"), printed);
        assertEquals(0, fix, printed);
        assertTrue(printed.contains("moved \u00dcn\u00efcode_GUIDE.md -> docs/\u00dcn\u00efcode_GUIDE.md"), printed);
        assertEquals("# Guide\n", Files.readString(NativeNames.path(project, "docs/\u00dcn\u00efcode_GUIDE.md")));
        assertFalse(printed.contains("Exception"), printed);
    }

    @Test
    void changedReportsOnlyTheViolationsOnChangedPathsWhileTheRulesSeeTheWholeTree() throws Exception {
        Path project = temporary.resolve("shop");
        Files.createDirectories(project.resolve("src/shop"));
        Files.writeString(project.resolve("pyproject.toml"), "[tool.layoutguard]\nskipRules = [\"docs-required\","
                + " \"layer-missing\"]\nformats = []\n");
        Files.writeString(project.resolve("src/shop/__init__.py"), "");
        Files.writeString(project.resolve("OLD_GUIDE.md"), "# an old violation\n");
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            commit(git, "start");
            Files.writeString(project.resolve("NEW_GUIDE.md"), "# a new violation\n");

            String changed = check(project, "check", "--changed");
            assertTrue(changed.contains("[root-prohibited] guide in the project root (matches *_GUIDE.md) "
                    + "(fix: docs/NEW_GUIDE.md)"), changed);
            assertFalse(changed.contains("OLD_GUIDE.md"), changed);
            assertTrue(changed.contains("[INFO] Reporting violations on 1 changed path only (against HEAD)"), changed);
            assertTrue(changed.contains("[ERROR] LayoutGuard found 1 layout error"), changed);

            git.checkout().setCreateBranch(true).setName("feature").call();
            commit(git, "add a guide");
            Files.createDirectories(project.resolve("docs"));
            Files.move(project.resolve("OLD_GUIDE.md"), project.resolve("docs/OLD_GUIDE.md"));
            assertTrue(check(project, "check", "--changed").contains("[INFO] 0 errors"),
                    "a committed violation is no change, and moving the old one fixes it");
            String since = check(project, "check", "--since", "main");
            assertTrue(since.contains("(fix: docs/NEW_GUIDE.md)"), since);
            assertTrue(since.contains("[ERROR] LayoutGuard found 1 layout error"), since);
            assertTrue(check(project, "check").contains("[ERROR] LayoutGuard found 1 layout error"));
        }
    }

    @Test
    void changedOutsideAGitWorkTreeIsMisuseSayingSo() throws Exception {
        Path project = Files.createDirectories(temporary.resolve("plain"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);

        assertEquals(LayoutGuardCommand.MISUSED, LayoutGuardCommand.run(stream, stream, variable -> null, "check",
                "--changed", project.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("is in no git work tree"));
    }

    private static String check(Path project, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(List.of(args));
        all.add(project.toString());
        LayoutGuardCommand.run(stream, stream, variable -> null, all.toArray(String[]::new));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().setUpdate(true).addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                .setSign(false).call();
    }

    /** The lines and texts a project's verify script expects in the build log, where they are not Maven's own. */
    private static List<String> expectations(String verify, String root) {
        List<String> expected = new ArrayList<>();
        Matcher lines = LINE.matcher(verify);
        while (lines.find()) {
            expected.add(lines.group(1) + System.lineSeparator());
        }
        Matcher assertions = ASSERTION.matcher(verify);
        while (assertions.find()) {
            StringBuilder text = new StringBuilder();
            Matcher literal = LITERAL.matcher(assertions.group(1));
            while (literal.find()) {
                text.append(literal.group(1) != null ? literal.group(1) : literal.group(2));
            }
            expected.add(text.toString());
        }
        List<String> usable = new ArrayList<>();
        for (String line : expected) {
            String text = line.replace("${root}", root).replace("\\$", "$").replace("\\\\", "\\")
                    .replace("\\\"", "\"").replace("\\'", "'").replace("\\n", "\n");
            text = text.endsWith("\n" + System.lineSeparator()) ? text.substring(0, text.length() - 1) : text;
            if (!text.contains("${") && !text.contains("BUILD ") && !text.contains("mvn ")
                    && !text.contains("layout:") && !text.contains("-Dlayout")) {
                usable.add(text);
            }
        }
        return usable;
    }

    /** The command line's options for a project's user properties; null when its goals are not a plain check. */
    private static List<String> arguments(Path project) {
        Properties properties = properties(project);
        String goals = properties.getProperty("invoker.goals", "validate").trim();
        if (properties.stringPropertyNames().stream().anyMatch(key -> key.matches("invoker\\.goals\\.\\d+"))
                || !goals.startsWith("validate")) {
            return null;
        }
        List<String> arguments = new ArrayList<>();
        for (String word : goals.substring("validate".length()).trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String[] property = word.substring(2).split("=", 2);
            String option = OPTIONS.get(property[0]);
            if (option == null) {
                return null;
            }
            arguments.add(option);
            if (!property[1].equals("true")) {
                arguments.add(property[1]);
            }
        }
        return arguments;
    }

    private static Properties properties(Path project) {
        Properties properties = new Properties();
        Path file = project.resolve("invoker.properties");
        if (Files.exists(file)) {
            try (var in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    /** Copies a project as the invoker does, filling in the plugin's coordinates, with the build log it writes. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (file.getFileName().toString().equals("pom.xml")) {
                    Files.writeString(target, read(file).replace("@project.groupId@", "dev.layoutguard")
                            .replace("@project.artifactId@", PomFile.PLUGIN).replace("@project.version@", "0"));
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Files.writeString(to.resolve("build.log"), "");
        return to;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
