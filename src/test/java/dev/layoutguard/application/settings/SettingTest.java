package dev.layoutguard.application.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.preset.Glob;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SettingTest {

    private static final Setting ROOTS = Setting.named("tests.roots");

    @Test
    void namesTheParameterTheValueAndTheUserPropertyInOneStyle() {
        assertEquals("Invalid value 'x' for parameter 'rules' (layout.rules): unknown rule id (known ids: "
                + RuleId.known() + ")", message(() -> new Setting("rules", "layout.rules").ruleIds("root-allowlist, x")));
        assertEquals("Invalid parameter 'layers.exceptions': an exception needs a <source> and a <target> layer",
                Setting.named("layers.exceptions").invalid("an exception needs a <source> and a <target> layer")
                        .getMessage());
        assertEquals("tests.roots", ROOTS.invalid("x", "why").parameter());
    }

    @Test
    void readsCommaListsOfRuleIdsLeavingBlanksOut() throws SettingsException {
        assertEquals(EnumSet.of(RuleId.ROOT_ALLOWLIST, RuleId.TEST_MIRROR),
                Setting.named("rules").ruleIds(" test-mirror,, root-allowlist ,"));
        assertEquals(Set.of(), Setting.named("rules").ruleIds(null));
    }

    @Test
    void readsSeveritiesInAnyCase() throws SettingsException {
        assertEquals(Severity.WARNING, Setting.named("severities.root-allowlist").severity(" Warning "));
        assertEquals("Invalid value 'fatal' for parameter 'severities.root-allowlist': expected error or warning",
                message(() -> Setting.named("severities.root-allowlist").severity("fatal")));
    }

    @Test
    void readsADirectoryInsideTheProjectOptionalWithAQuestionMark() throws SettingsException {
        assertEquals(new ConfiguredDirectory("./src/it/java/", "src/it/java", false), ROOTS.directory("./src/it/java/"));
        assertEquals(new ConfiguredDirectory("src\\contract?", "src/contract", true), ROOTS.directory(" src\\contract? "));
        for (String outside : List.of("", "?", ".", "/abs", "C:/x", "../shared", "a/../../b")) {
            assertEquals("Invalid value '" + outside.trim() + "' for parameter 'tests.roots': not a directory inside "
                    + "the project", message(() -> ROOTS.directory(outside)), outside);
        }
    }

    @Test
    void aRequiredDirectoryMustExistAnOptionalOneNeedNot() throws SettingsException {
        List<ConfiguredDirectory> directories = ROOTS.directories(List.of("src/it/java", "src/contract?"));

        assertEquals(List.of("src/it/java", "src/contract"), ROOTS.requireIn(directories, Set.of("src/it/java")::contains));
        assertEquals("Invalid value 'src/it/java' for parameter 'tests.roots': matches no directory of the project "
                + "(create it, or end it with ? if it is optional)", message(() -> ROOTS.requireIn(directories,
                        path -> false)));
    }

    @Test
    void readsGlobsNamesPathsAndEdges() throws SettingsException {
        assertEquals(List.of(Glob.of("*.conf"), Glob.of("legacy/**")),
                Setting.named("excludes").globs(List.of("*.conf", " legacy/** ")));
        assertEquals(List.of("contract"), Setting.named("tests.categories").names(List.of(" contract ")));
        assertEquals("guides/", Setting.named("structure.requiredDocs").path("guides/", "the docs directory"));
        assertEquals(new LayerEdge("adapter -> port, core", "adapter", List.of("port", "core")),
                Setting.named("layers.dependencies").edge(" adapter -> port, core "));
        assertEquals(new LayerEdge("core ->", "core", List.of()), Setting.named("layers.dependencies").edge("core ->"));
    }

    @Test
    void rejectsBadGlobsNamesPathsAndEdges() {
        assertEquals("Invalid value '{a' for parameter 'excludes': not a valid glob: Missing '}",
                message(() -> Setting.named("excludes").glob("{a")));
        assertEquals("Invalid value '' for parameter 'excludes': an empty glob matches nothing",
                message(() -> Setting.named("excludes").globs(Arrays.asList((String) null))));
        assertEquals("Invalid value '..' for parameter 'tests.categories': not a plain name",
                message(() -> Setting.named("tests.categories").name("..")));
        assertEquals("Invalid value 'a\\b' for parameter 'structure.requiredDocs': not a path inside the docs "
                + "directory", message(() -> Setting.named("structure.requiredDocs").path("a\\b", "the docs directory")));
        assertEquals("Invalid value '-> core' for parameter 'layers.allow': not of the form 'layer -> layer, layer'",
                message(() -> Setting.named("layers.allow").edge("-> core")));
        assertEquals("Invalid value '0' for parameter 'structure.maxDepth': must be 1 or more",
                message(() -> Setting.named("structure.maxDepth").atLeast(1, 0)));
    }

    @Test
    void aDomainParsersReasonBecomesTheMessage() {
        assertEquals("Invalid value 'a' for parameter 'p': not like this", message(() -> Setting.named("p")
                .parseAll(List.of("a"), value -> {
                    throw new IllegalArgumentException("not like this");
                })));
    }

    private static String message(Executable parsing) {
        return assertThrows(SettingsException.class, parsing).getMessage();
    }
}
