package dev.layoutguard.application.settings;

import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.preset.Glob;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;

/**
 * One setting, by the parameter name users write ({@code preset}, {@code tests.roots}), with the parsers of the kinds
 * of value settings take: comma lists, rule ids, severities, globs, directories and paths inside the project, plain
 * names, layer edges. Every parser trims, and every error names the parameter and the value in one style
 * ({@link SettingsException}). A {@code null} list is an empty one.
 *
 * @param name     the name, dotted below a block ({@code tests.roots})
 * @param property the user property that sets it too ({@code layout.rules}), or {@code null}
 */
public record Setting(String name, String property) {

    /** A setting that no user property sets: the parts of the structured blocks, the maps and lists. */
    public static Setting named(String name) {
        return new Setting(name, null);
    }

    /** An error about one value. */
    public SettingsException invalid(String value, String reason) {
        return new SettingsException(this, value, reason);
    }

    /** An error about the setting as a whole. */
    public SettingsException invalid(String reason) {
        return new SettingsException(this, reason);
    }

    /** The trimmed value, or {@code null} when it is absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The items of a comma list, trimmed, blanks left out. */
    public static List<String> commaList(String list) {
        List<String> items = new ArrayList<>();
        for (String item : list == null ? new String[0] : list.split(",")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    /** A comma list of rule ids. */
    public Set<RuleId> ruleIds(String list) throws SettingsException {
        Set<RuleId> ids = EnumSet.noneOf(RuleId.class);
        for (String id : commaList(list)) {
            ids.add(ruleId(id));
        }
        return ids;
    }

    /** A rule id. */
    public RuleId ruleId(String value) throws SettingsException {
        String id = value == null ? "" : value.trim();
        return RuleId.of(id).orElseThrow(() -> invalid(id, "unknown rule id (known ids: " + RuleId.known() + ")"));
    }

    /** {@code error} or {@code warning}, in any case. */
    public Severity severity(String value) throws SettingsException {
        try {
            return Severity.parse(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw invalid(value, "expected error or warning");
        }
    }

    /** A whole number of at least the minimum, or {@code null} when not set. */
    public Integer atLeast(int minimum, Integer value) throws SettingsException {
        if (value != null && value < minimum) {
            throw invalid(String.valueOf(value), "must be " + minimum + " or more");
        }
        return value;
    }

    /** A glob in the JDK's syntax. */
    public Glob glob(String value) throws SettingsException {
        if (value == null || value.isBlank()) {
            throw invalid(value, "an empty glob matches nothing");
        }
        try {
            return Glob.of(value);
        } catch (IllegalArgumentException e) {
            throw invalid(value, e.getCause() instanceof PatternSyntaxException syntax
                    ? "not a valid glob: " + syntax.getDescription() : e.getMessage());
        }
    }

    public List<Glob> globs(List<String> values) throws SettingsException {
        return each(values, this::glob);
    }

    /**
     * A directory inside the project, relative to it, {@code /} or {@code \} separated; a trailing {@code ?} marks it
     * optional. Whether it exists is asked when the settings meet the project ({@link #requireIn}).
     */
    public ConfiguredDirectory directory(String value) throws SettingsException {
        String path = value == null ? "" : value.trim().replace('\\', '/');
        boolean optional = path.endsWith("?");
        path = optional ? path.substring(0, path.length() - 1) : path;
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty() || path.equals(".") || path.startsWith("/") || path.contains(":")
                || RelativePath.leavesProject(path)) {
            throw invalid(value, "not a directory inside the project");
        }
        return new ConfiguredDirectory(value.trim(), path, optional);
    }

    public List<ConfiguredDirectory> directories(List<String> values) throws SettingsException {
        return each(values, this::directory);
    }

    /** The directories' paths, once each has been found in the project or is optional. */
    public List<String> requireIn(List<ConfiguredDirectory> directories, Predicate<String> exists)
            throws SettingsException {
        List<String> paths = new ArrayList<>();
        for (ConfiguredDirectory directory : directories) {
            if (!directory.optional() && !exists.test(directory.path())) {
                throw invalid(directory.written(), "matches no directory of the project (create it, or end it with ?"
                        + " if it is optional)");
            }
            paths.add(directory.path());
        }
        return paths;
    }

    /** A {@code /}-separated path relative to a directory and inside it ({@code where}: "the project"). */
    public String path(String value, String where) throws SettingsException {
        String path = value == null ? "" : value.trim();
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || RelativePath.leavesProject(path)) {
            throw invalid(value, "not a path inside " + where);
        }
        return path;
    }

    public List<String> paths(List<String> values, String where) throws SettingsException {
        return each(values, value -> path(value, where));
    }

    /** A plain file or directory name: no {@code /} or {@code \}, not {@code .} or {@code ..}. */
    public String name(String value) throws SettingsException {
        String name = value == null ? "" : value.trim();
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw invalid(value, "not a plain name");
        }
        return name;
    }

    public List<String> names(List<String> values) throws SettingsException {
        return each(values, this::name);
    }

    /** A line of a layer graph: {@code layer -> layer, layer}. */
    public LayerEdge edge(String value) throws SettingsException {
        String written = value == null ? "" : value.trim();
        int arrow = written.indexOf("->");
        if (arrow <= 0) {
            throw invalid(written, "not of the form 'layer -> layer, layer'");
        }
        return new LayerEdge(written, written.substring(0, arrow).trim(),
                commaList(written.substring(arrow + 2)));
    }

    public List<LayerEdge> edges(List<String> values) throws SettingsException {
        return each(values, this::edge);
    }

    /** Checks a value a domain type parses: its {@link IllegalArgumentException} says what is wrong. */
    public <T> T parse(String value, Parser<T> parser) throws SettingsException {
        try {
            return parser.parse(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(value, e.getMessage());
        }
    }

    public <T> List<T> parseAll(List<String> values, Parser<T> parser) throws SettingsException {
        return each(values, value -> parse(value, parser));
    }

    /** Parses a trimmed value, throwing {@link IllegalArgumentException} with the reason when it cannot. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String value);
    }

    /** The name in quotes, and its user property in brackets when it has one, as messages show it. */
    @Override
    public String toString() {
        return "'" + name + "'" + (property == null ? "" : " (" + property + ")");
    }

    /** Each value parsed by one of the parsers above, in an unmodifiable list; {@code null} is the empty list. */
    private static <T> List<T> each(List<String> values, Each<T> parser) throws SettingsException {
        List<T> parsed = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            parsed.add(parser.parse(value));
        }
        return List.copyOf(parsed);
    }

    @FunctionalInterface
    private interface Each<T> {
        T parse(String value) throws SettingsException;
    }
}
