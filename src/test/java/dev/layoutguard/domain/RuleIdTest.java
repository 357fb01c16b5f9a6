package dev.layoutguard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue holds together: every rule id has one rule class, one page, one unit test and at least one invoker
 * project that asserts what it finds. Reads the repository's own files, as the build sees them.
 */
class RuleIdTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TESTS = Path.of("src/test/java");
    private static final Path PAGES = Path.of("docs/rules");
    private static final Path INVOKER_PROJECTS = Path.of("src/it");
    private static final String SHIPPED_PAGES = "META-INF/layoutguard/rules/";

    @Test
    void everyRuleIdHasItsOwnRuleClassAndEveryRuleClassAnId() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<Class<?>, RuleId> byClass = new HashMap<>();
        for (RuleId id : RuleId.values()) {
            Class<?> type = id.rule().getClass();
            RuleId other = byClass.putIfAbsent(type, id);
            if (other != null) {
                problems.add(id + ": its class " + type.getSimpleName() + " also checks " + other);
            }
            if (!type.getSimpleName().equals(className(id))) {
                problems.add(id + ": checked by " + type.getSimpleName() + ", expected a class named " + className(id));
            }
        }
        Set<String> catalogued = byClass.keySet().stream().map(Class::getName).collect(Collectors.toSet());
        for (String ruleClass : ruleClasses()) {
            if (!catalogued.contains(ruleClass)) {
                problems.add(ruleClass + " implements Rule but no rule id names it in RuleId");
            }
        }

        assertEquals(List.of(), problems);
    }

    @Test
    void everyRuleIdHasAPageInTheDocsAndInThePlugin() {
        List<String> problems = new ArrayList<>();
        for (RuleId id : RuleId.values()) {
            if (!Files.isRegularFile(PAGES.resolve(id.page()))) {
                problems.add(id + ": no page " + PAGES.resolve(id.page()));
            }
            if (RuleId.class.getClassLoader().getResource(SHIPPED_PAGES + id.page()) == null) {
                problems.add(id + ": the plugin ships no page " + SHIPPED_PAGES + id.page());
            }
        }

        assertEquals(List.of(), problems);
    }

    @Test
    void everyRuleClassHasAUnitTestInItsPackage() {
        List<String> problems = new ArrayList<>();
        for (RuleId id : RuleId.values()) {
            Path test = TESTS.resolve(id.rule().getClass().getName().replace('.', '/') + "Test.java");
            if (!Files.isRegularFile(test)) {
                problems.add(id + ": no unit test class " + test);
            }
        }

        assertEquals(List.of(), problems);
    }

    @Test
    void everyRuleIdIsAssertedByAnInvokerProject() throws IOException {
        Map<Path, String> verifications = new HashMap<>();
        try (Stream<Path> projects = Files.list(INVOKER_PROJECTS)) {
            for (Path project : projects.toList()) {
                Path verify = project.resolve("verify.groovy");
                if (Files.isRegularFile(verify)) {
                    verifications.put(project.getFileName(), withoutComments(Files.readString(verify)));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (RuleId id : RuleId.values()) {
            Pattern finding = findingOf(id);
            if (verifications.values().stream().noneMatch(text -> finding.matcher(text).find())) {
                problems.add(id + ": no verify.groovy under " + INVOKER_PROJECTS + "/ asserts a finding of it (a "
                        + "build.log line '<path> [" + id + "] <message>' or a report violation with rule '" + id
                        + "')");
            }
        }

        assertEquals(List.of(), problems);
    }

    @Test
    void thePlacementRulesAreTheOnesThatMoveFilesElsewhere() {
        Set<RuleId> placement = Stream.of(RuleId.values()).filter(RuleId::placement)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(RuleId.ROOT_PROHIBITED, RuleId.TEST_CATEGORY, RuleId.CONFIG_PLACEMENT,
                RuleId.DOCS_PLACEMENT, RuleId.SCRIPTS_PLACEMENT, RuleId.DEPLOY_PLACEMENT, RuleId.ENV_PLACEMENT),
                placement);
    }

    @Test
    void findsARuleByTheIdUsersWrite() {
        assertEquals(RuleId.ENV_PLACEMENT, RuleId.of(" env-placement ").orElseThrow());
        assertEquals(true, RuleId.of("env_placement").isEmpty());
        assertEquals("env-placement.md", RuleId.ENV_PLACEMENT.page());
        assertEquals(true, RuleId.known().startsWith("root-prohibited, root-allowlist, root-file-count, "));
    }

    /** {@code layer-unknown-package} is checked by {@code LayerUnknownPackageRule}. */
    private static String className(RuleId id) {
        return Stream.of(id.id().split("-")).map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining("", "", "Rule"));
    }

    /** The fully qualified names of the classes in the main sources that implement {@link Rule}. */
    private static Set<String> ruleClasses() throws IOException {
        Pattern implementsRule = Pattern.compile("\\bimplements\\s+(?:[\\w.]+\\s*,\\s*)*Rule\\b(?!\\w)");
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> implementsRule.matcher(read(file)).find())
                    .map(file -> MAIN.relativize(file).toString().replace('\\', '/').replace('/', '.')
                            .replaceFirst("\\.java$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * A finding of the rule as a verify script asserts it: a console line, a path then {@code [id]} then the message,
     * or a report violation compared by its rule ({@code rule: 'id'}, {@code it.rule == 'id'}).
     */
    private static Pattern findingOf(RuleId id) {
        String quoted = Pattern.quote(id.id());
        return Pattern.compile("\\S \\[" + quoted + "\\] \\S|\\brule\\s*(?::|==)\\s*['\"]" + quoted + "['\"]");
    }

    private static String withoutComments(String groovy) {
        return groovy.lines().filter(line -> !line.strip().startsWith("//")).collect(Collectors.joining("\n"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
