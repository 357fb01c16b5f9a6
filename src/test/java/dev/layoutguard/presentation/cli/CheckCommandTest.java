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
import org.junit.jupiter.params.provider.Arguments;
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
                + " \"layer-missing\"]\nformats = []\ncache = false\n");
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

    /**
     * A focused check looks inside changed files only, so it must find on them exactly what the full check finds:
     * each change is made on the same committed project, checked with {@code --changed}, and compared with the full
     * check's lines on the changed paths.
     */
    @ParameterizedTest
    @MethodSource("changes")
    void changedFindsOnTheChangedPathsWhatTheFullCheckFindsThere(String change, List<String> changedPaths,
            boolean findsSomething) throws Exception {
        Path project = temporary.resolve("shop");
        layeredProject(project);
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            commit(git, "start");
            make(project, git, change);

            String full = check(project, "check", "--formats=");
            String focused = check(project, "check", "--changed", "--formats=");

            assertTrue(focused.contains("[INFO] Reporting violations on " + changedPaths.size() + " changed "
                    + (changedPaths.size() == 1 ? "path" : "paths")), focused);
            List<String> expected = findings(full).stream()
                    .filter(line -> changedPaths.stream().anyMatch(path -> line.contains(project.resolve(path) + ":[")
                            || line.contains(project.resolve(path) + " [")))
                    .toList();
            assertEquals(expected, findings(focused), full);
            assertEquals(findsSomething, !expected.isEmpty(), full);
            assertFalse(findings(full).stream().allMatch(expected::contains), "the full check finds more: " + full);
        }
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("import", List.of(
                        "src/main/java/com/acme/shop/domain/Price.java"), true),
                Arguments.of("move test", List.of(
                        "src/test/java/com/acme/shop/domain/OrderTest.java",
                        "src/test/java/com/acme/shop/application/OrderTest.java"), true),
                Arguments.of("root file", List.of("SETUP_GUIDE.md"), true),
                Arguments.of("secret", List.of(
                        "src/main/resources/application.properties"), true),
                Arguments.of("delete source", List.of(
                        "src/main/java/com/acme/shop/domain/Price.java"), false));
    }

    /** A layered Maven project with tests that mirror its sources, a configuration file, and old violations. */
    private static void layeredProject(Path project) throws IOException {
        write(project, "pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId>"
                + "<artifactId>shop</artifactId><version>1</version></project>\n");
        write(project, "README.md", "# shop\n");
        write(project, "docs/index.md", "# docs\n");
        write(project, "OLD_GUIDE.md", "# an old violation\n");
        // a strict mirror judges every unit test against the sources, so a test moved away from its class is flagged
        write(project, "config/layoutguard.toml", "[tests]\nstrictMirror = true\n");
        String base = "src/main/java/com/acme/shop/";
        write(project, base + "domain/Order.java", "package com.acme.shop.domain;\n\npublic class Order {\n}\n");
        write(project, base + "domain/Price.java", "package com.acme.shop.domain;\n\npublic class Price {\n}\n");
        write(project, base + "domain/Legacy.java", "package com.acme.shop.domain;\n\n"
                + "import com.acme.shop.infrastructure.OrderTable;\n\npublic class Legacy {\n    OrderTable table;\n}"
                + "\n");
        write(project, base + "application/PlaceOrder.java", "package com.acme.shop.application;\n\n"
                + "import com.acme.shop.domain.Order;\n\npublic class PlaceOrder {\n    Order order;\n}\n");
        write(project, base + "infrastructure/OrderTable.java", "package com.acme.shop.infrastructure;\n\n"
                + "import com.acme.shop.domain.Order;\n\npublic class OrderTable {\n    Order order;\n}\n");
        for (String type : List.of("Order", "Price")) {
            write(project, "src/test/java/com/acme/shop/domain/" + type + "Test.java", "package com.acme.shop."
                    + "domain;\n\nimport org.junit.jupiter.api.Test;\n\nclass " + type + "Test {\n    @Test\n"
                    + "    void works() {\n    }\n}\n");
        }
        write(project, "src/main/resources/application.properties", "timeout=30\n");
        write(project, "src/main/resources/legacy.properties", "db.password=old-secret\n");
    }

    private static void make(Path project, Git git, String change) throws Exception {
        String domain = "src/main/java/com/acme/shop/domain/";
        switch (change) {
            case "import" -> write(project, domain + "Price.java", "package com.acme.shop.domain;\n\n"
                    + "import com.acme.shop.infrastructure.OrderTable;\n\npublic class Price {\n    OrderTable table;"
                    + "\n}\n");
            case "move test" -> {
                Path test = project.resolve("src/test/java/com/acme/shop/application/OrderTest.java");
                Files.createDirectories(test.getParent());
                Files.writeString(test, Files.readString(project.resolve("src/test/java/com/acme/shop/domain/"
                        + "OrderTest.java")).replace("shop.domain;", "shop.application;"));
                Files.delete(project.resolve("src/test/java/com/acme/shop/domain/OrderTest.java"));
                git.add().addFilepattern(".").call();
                git.add().setUpdate(true).addFilepattern(".").call();
            }
            case "root file" -> write(project, "SETUP_GUIDE.md", "# setup\n");
            case "secret" -> write(project, "src/main/resources/application.properties",
                    "timeout=30\napi.secret=hunter2\n");
            case "delete source" -> Files.delete(project.resolve(domain + "Price.java"));
            default -> throw new IllegalArgumentException(change);
        }
    }

    private static void write(Path project, String path, String text) throws IOException {
        Files.createDirectories(project.resolve(path).getParent());
        Files.writeString(project.resolve(path), text);
    }

    /** The violation lines of a check's output, in order. */
    private static List<String> findings(String output) {
        return output.lines().filter(line -> line.matches("\\[(ERROR|WARNING)\\] /.*")).toList();
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

    @Test
    void writesTheMermaidDiagramAndUnderGithubActionsTheJobSummary() throws Exception {
        Path project = temporary.resolve("shop");
        Files.createDirectories(project.resolve("src/shop/domain"));
        Files.createDirectories(project.resolve("src/shop/infrastructure"));
        Files.writeString(project.resolve("pyproject.toml"), "[tool.layoutguard]\nrules = [\"layer-dependency\"]\n");
        Files.writeString(project.resolve("src/shop/__init__.py"), "");
        Files.writeString(project.resolve("src/shop/domain/__init__.py"), "");
        Files.writeString(project.resolve("src/shop/infrastructure/__init__.py"), "");
        Files.writeString(project.resolve("src/shop/domain/order.py"), "from shop.infrastructure import db\n");
        Path summary = Files.writeString(temporary.resolve("summary.md"), "earlier\n");
        Map<String, String> github = Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);

        LayoutGuardCommand.run(stream, stream, github::get, "check", "--formats=json,mermaid", project.toString());

        String diagram = Files.readString(project.resolve("target/layout/layers.mmd"));
        assertTrue(diagram.contains("  l0 ==>|\"1 violation\"| l2\n"), diagram + out);
        String written = Files.readString(summary);
        assertTrue(written.startsWith("earlier\n## LayoutGuard: shop\n\n**1 error, 0 warnings**"), written);
        assertTrue(written.contains("- **error** `layer-dependency` src\\/shop\\/domain\\/order\\.py\\:1: "), written);
        assertTrue(written.contains("```mermaid\nflowchart TB\n"), written);
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
