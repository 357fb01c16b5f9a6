package dev.layoutguard.domain.preset;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The presets side by side as a Markdown table, one row per part, each with what it means and which part of the
 * organization plan it carries out: the page {@code docs/presets.md}, generated so that it cannot differ from the code.
 */
public final class PresetTable {

    private record Row(String part, String meaning, Function<Preset, Object> value) {
    }

    /** Text shown as it is, not as a name. */
    private record Plain(String text) {
    }

    private static final List<Row> ROWS = join(List.of(
            new Row("root: allowed files", "files the root may hold (the plan's short list of root files; for maven "
                    + "also the wrapper and editor files)", preset -> preset.root().allowedFiles()),
            new Row("root: allowed directories", "directories the root may hold besides the build's modules (the "
                    + "plan's top-level directories)", preset -> preset.root().allowedDirectories())),
            RootTools.GROUPS.stream().map(PresetTable::tools).toList(), List.of(
            new Row("root: prohibited entries", "root entries that belong elsewhere, checked first, with where they "
                    + "go (the plan's list of what never sits in the root)", preset -> preset.root().prohibited()),
            new Row("root: preferred homes", "entries a tool reads in the root that the plan keeps elsewhere: "
                    + "root-preferred-home says where, and what else the move takes", preset -> preset.root().preferred()),
            new Row("root: file limit", "how many files the root may hold, not counting those only tools require "
                    + "(the plan's limit of twelve)", preset -> preset.root().maxFiles()),
            new Row("layers: source roots", "where the layered sources live", preset -> preset.layers().sourceRoots()),
            new Row("layers: base package", "the package that holds the layers; when detected, the one that holds "
                    + "the most of them", preset -> preset.layers().basePackage() == null ? new Plain("detected")
                            : preset.layers().basePackage()),
            new Row("layers: layers", "the layers and the packages that hold them (the plan's clean architecture)",
                    preset -> preset.layers().layers()),
            new Row("layers: allowed dependencies", "what each layer may use besides itself (the plan's dependency "
                    + "rule: inward only)", PresetTable::allowed),
            new Row("tests: style", "how tests are written and found", preset -> preset.tests().style()),
            new Row("tests: roots", "the test source directories", preset -> preset.tests().roots()),
            new Row("tests: categories", "the directories a test root may hold (the plan's test categories)",
                    preset -> preset.tests().categories()),
            new Row("tests: root files", "files a test root may hold besides its categories",
                    preset -> preset.tests().rootFiles()),
            new Row("tests: unit category", "the category whose tests mirror the sources",
                    preset -> preset.tests().unitCategory()),
            new Row("tests: extensions", "the languages of tests and sources", preset -> preset.tests().extensions()),
            new Row("tests: test names", "how a test is named (the plan's test file naming)",
                    preset -> preset.tests().testNames()),
            new Row("tests: collected names", "what the test runner collects by default",
                    preset -> preset.tests().collectedNames()),
            new Row("tests: unit test names", "names of tests that mirror a source",
                    preset -> preset.tests().unitTestNames()),
            new Row("tests: integration test names", "names of tests that mirror nothing",
                    preset -> preset.tests().integrationNames()),
            new Row("tests: test annotations", "annotations that make a method a test",
                    preset -> preset.tests().testAnnotations()),
            new Row("tests: mirror roots", "where the sources that unit tests mirror live (the plan's mirrored test "
                    + "tree)", preset -> preset.tests().mirrorRoots()),
            new Row("tests: exempt", "files that are neither tests nor sources to mirror",
                    preset -> preset.tests().exempt()),
            new Row("tests: unmirrored", "tests that mirror no single source", preset -> preset.tests().unmirrored()),
            new Row("config: scope", "where misplaced configuration is looked for (empty: the whole project)",
                    preset -> preset.config().scope()),
            new Row("config: locations", "where configuration belongs (the plan's configuration directory)",
                    preset -> preset.config().locations()),
            new Row("config: subdirectories", "what the main configuration directory holds",
                    preset -> preset.config().subdirectories()),
            new Row("config: files", "what counts as a configuration file", preset -> preset.config().files()),
            new Row("config: allowed elsewhere", "where configuration files may also sit",
                    preset -> preset.config().allowedElsewhere()),
            new Row("config: target", "where a misplaced configuration file moves (none: the resources directory "
                    + "beside its source root)", preset -> preset.config().target()),
            new Row("config: environment target", "where a misplaced environment file moves (the plan's environment "
                    + "separation)", preset -> preset.config().environmentTarget()),
            new Row("config: environment files", "files that must be named for an environment",
                    preset -> preset.config().environmentFiles()),
            new Row("config: environments", "the known environment names", preset -> preset.config().environments()),
            new Row("config: secret files", "files read for literal secrets (the plan's security standards)",
                    preset -> preset.config().secretFiles()),
            new Row("config: secret words", "words that make a key a secret when they end it",
                    preset -> preset.config().secretKeys()),
            new Row("config: strict secrets", "whether the throwaway credentials of test data and of CI service "
                    + "containers count as secrets", preset -> preset.config().strictSecrets()),
            new Row("structure: depth limit", "how many directory levels may sit below a depth root (the plan's "
                    + "limit of four)", preset -> preset.structure().maxDepth()),
            new Row("structure: depth below the base package", "whether depth counts below the base package rather "
                    + "than below each top-level directory", preset -> preset.structure().depthBelowBasePackage()),
            new Row("structure: naming", "the naming convention of sources", preset -> preset.structure().naming()),
            new Row("structure: source roots", "directories whose subdirectories are packages",
                    preset -> preset.structure().sourceRoots()),
            new Row("structure: resource roots", "directories of resources, where depth counts below the base package "
                    + "too", preset -> preset.structure().resourceRoots()),
            new Row("docs: directory", "where documentation lives; optional: checked only when it exists",
                    preset -> directory(preset.structure().docs().directory(), preset.structure().docs().optional())),
            new Row("docs: required", "what the documentation directory must hold (the plan's documentation "
                    + "structure)", preset -> preset.structure().docs().required()),
            new Row("docs: files", "what counts as documentation", preset -> preset.structure().docs().files()),
            new Row("docs: allowed elsewhere", "where documentation may also sit (READMEs always may)",
                    preset -> preset.structure().docs().allowedElsewhere()),
            new Row("scripts: directory", "where scripts live", preset -> preset.structure().scripts().directory()),
            new Row("scripts: categories", "the directories it holds (the plan's script categories)",
                    preset -> preset.structure().scripts().categories()),
            new Row("scripts: files", "what counts as a script", preset -> preset.structure().scripts().files()),
            new Row("scripts: header", "what a script's header must name (the plan's script standards)",
                    preset -> preset.structure().scripts().header()),
            new Row("deploy: directory", "where deployment files live; optional: checked only when it exists",
                    preset -> directory(preset.structure().deploy().directory(),
                            preset.structure().deploy().optional())),
            new Row("deploy: categories", "the directories it holds (the plan's deployment structure)",
                    preset -> preset.structure().deploy().categories()),
            new Row("deploy: files", "the files of each category", preset -> preset.structure().deploy().files()),
            new Row("deploy: manifest category", "where Kubernetes manifests go",
                    preset -> preset.structure().deploy().manifestCategory()),
            new Row("deploy: allowed elsewhere", "where such files may also sit",
                    preset -> preset.structure().deploy().allowedElsewhere()),
            new Row("structure: environments directory", "where virtual environments live (the plan's environment "
                    + "management; none: keep them out of the repository)",
                    preset -> preset.structure().environmentsDirectory()),
            new Row("structure: runtime directories", "top-level directories of runtime data that git must ignore",
                    preset -> preset.structure().runtimeDirectories()),
            new Row("severities", "rules whose severity the preset sets apart from the rule's own default",
                    PresetTable::severities),
            new Row("excludes", "paths no rule reports", Preset::excludes)));

    private PresetTable() {
    }

    /** The Markdown table of the presets, one column each, in the order given. */
    public static String markdown(List<Preset> presets) {
        StringBuilder table = new StringBuilder("| part |");
        presets.forEach(preset -> table.append(" `").append(preset.name()).append("` |"));
        table.append(" what it is |\n|---|");
        presets.forEach(preset -> table.append("---|"));
        table.append("---|\n");
        for (Row row : ROWS) {
            table.append("| ").append(row.part()).append(" |");
            presets.forEach(preset -> table.append(' ').append(cell(row.value().apply(preset))).append(" |"));
            table.append(' ').append(row.meaning()).append(" |\n");
        }
        return table.toString();
    }

    /** The row of a group of tools' root entries. */
    private static Row tools(ToolGroup group) {
        return new Row("root: " + group.name(), "root entries tools require, allowed and not counted toward the file "
                + "limit: " + group.reason(), preset -> preset.root().tools().stream()
                        .filter(tools -> tools.name().equals(group.name()))
                        .flatMap(tools -> tools.written().stream()).toList());
    }

    /** The severities a preset sets apart from the rules' defaults, in the order of the rules. */
    private static Map<String, Severity> severities(Preset preset) {
        Map<String, Severity> set = new LinkedHashMap<>();
        for (RuleId rule : RuleId.values()) {
            if (preset.severityOf(rule) != rule.defaultSeverity()) {
                set.put(rule.id(), preset.severityOf(rule));
            }
        }
        return set;
    }

    @SafeVarargs
    private static List<Row> join(List<Row>... parts) {
        List<Row> all = new ArrayList<>();
        for (List<Row> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }

    private static Plain directory(String name, boolean optional) {
        return new Plain(code(name) + (optional ? ", optional" : ""));
    }

    /** The layers each layer may use, in layer order. */
    private static Map<String, List<String>> allowed(Preset preset) {
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        preset.layers().layerNames().forEach(layer -> allowed.put(layer, preset.layers().allowedFrom(layer)));
        return allowed;
    }

    /** A value as a table cell: names in code quotes, lists with commas, nothing as a dash. */
    private static String cell(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Collection<?> items) {
            List<String> cells = new ArrayList<>();
            items.forEach(item -> cells.add(cell(item)));
            return cells.isEmpty() ? "none" : String.join(", ", cells);
        }
        if (value instanceof Map<?, ?> map) {
            List<String> cells = new ArrayList<>();
            map.forEach((key, items) -> cells.add(code(key.toString()) + " → " + cell(items)));
            return cells.isEmpty() ? "none" : String.join("; ", cells);
        }
        if (value instanceof PreferredHome home) {
            return code(home.written()) + " → " + code(home.home());
        }
        if (value instanceof ProhibitedEntry entry) {
            return code(entry.written()) + " → " + (entry.target() == null ? "remove" : code(entry.target()));
        }
        if (value instanceof Layer layer) {
            String packages = layer.packages().equals(List.of(layer.name())) ? ""
                    : " (" + cell(layer.packages()) + ")";
            return code(layer.name()) + packages + (layer.optional() ? " optional" : "");
        }
        if (value instanceof Plain plain) {
            return plain.text();
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (value instanceof Integer) {
            return value.toString();
        }
        String text = value instanceof Glob glob ? glob.pattern() : value.toString();
        return text.isEmpty() ? "the whole project" : code(text);
    }

    private static String code(String text) {
        return "`" + text.replace("|", "\\|") + "`";
    }
}
