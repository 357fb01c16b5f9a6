package dev.layoutguard.presentation;

import static dev.layoutguard.application.settings.Setting.named;

import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.Setting;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.application.settings.SettingsException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The plugin's parameters read from a file rather than injected by Maven: a tree of {@link ParameterNode}s is filled
 * into the pom's configuration shapes ({@link RootConfiguration}, ...) by their field names, as Maven fills them, and
 * mapped to {@link Settings} by the same {@link SettingsMapping} the goals use. Keys are the pom's parameter names.
 */
public final class FileParameters {

    // the parameters every goal shares, named as in the pom; see AbstractLayoutMojo for what each does
    String preset;
    Boolean failOnViolation;
    Boolean failOnWarning;
    String rules;
    String skipRules;
    String formats;
    String outputDirectory;
    Boolean respectGitignore;
    String baseline;
    Boolean baselineStrict;
    Boolean cache;
    Boolean skip;
    RootConfiguration root;
    StructureConfiguration structure;
    LayersConfiguration layers;
    TestsConfiguration tests;
    ConfigConfiguration config;
    Map<String, String> severities;
    List<String> excludes;

    private FileParameters() {
    }

    /**
     * Reads the parameters of a tree.
     *
     * @param strict whether an unknown key is an error (a file written for LayoutGuard alone) or left for another
     *               goal (a pom's {@code <configuration>}, which may hold the parameters of every goal)
     * @throws SettingsException naming the key and the value that do not fit
     */
    public static FileParameters read(ParameterNode tree, boolean strict) throws SettingsException {
        FileParameters parameters = new FileParameters();
        fill(parameters, tree, "", strict);
        return parameters;
    }

    /** Whether the parameters say {@code skip}. */
    public boolean skip() {
        return Boolean.TRUE.equals(skip);
    }

    /** The settings of a run on a build, the parameters not set taking the documented defaults. */
    public Settings settings(Build build) throws SettingsException {
        Settings.Builder settings = Settings.builder(build)
                .preset(SettingsMapping.preset(preset))
                .rules(SettingsMapping.RULES.ruleIds(rules))
                .skipRules(SettingsMapping.SKIP_RULES.ruleIds(skipRules))
                .baseline(SettingsMapping.baseline(build.directory(), baseline))
                .changes(SettingsMapping.changes(root, layers, tests, config, structure, severities, excludes));
        if (formats != null) {
            settings.formats(SettingsMapping.formats(formats));
        }
        if (outputDirectory != null) {
            try {
                settings.outputDirectory(build.directory().resolve(outputDirectory.trim()).normalize());
            } catch (InvalidPathException e) {
                throw named("outputDirectory").invalid(outputDirectory, e.getMessage());
            }
        }
        set(failOnViolation, settings::failOnViolation);
        set(failOnWarning, settings::failOnWarning);
        set(respectGitignore, settings::respectGitignore);
        set(baselineStrict, settings::baselineStrict);
        set(cache, settings::cache);
        return settings.build();
    }

    private static void set(Boolean value, Consumer<Boolean> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    /** Sets each field of the target that a child of the node names. */
    private static void fill(Object target, ParameterNode node, String prefix, boolean strict)
            throws SettingsException {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field field : target.getClass().getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                fields.put(field.getName(), field);
            }
        }
        for (ParameterNode child : node.children()) {
            String key = prefix + child.name();
            Field field = fields.get(child.name());
            if (field == null) {
                if (strict) {
                    throw named(key).invalid("unknown parameter; known " + (prefix.isEmpty() ? "parameters"
                            : "in " + prefix.substring(0, prefix.length() - 1)) + ": "
                            + String.join(", ", new TreeSet<>(fields.keySet())));
                }
                continue;
            }
            try {
                field.set(target, value(field.getGenericType(), child, key, strict));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Object value(Type type, ParameterNode node, String key, boolean strict) throws SettingsException {
        if (type == String.class) {
            return text(node, key);
        }
        if (type == Boolean.class || type == boolean.class) {
            String text = text(node, key);
            String lower = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            if (!lower.equals("true") && !lower.equals("false")) {
                throw named(key).invalid(text, "expected true or false");
            }
            return Boolean.valueOf(lower);
        }
        if (type == Integer.class || type == int.class) {
            String text = text(node, key);
            try {
                return Integer.valueOf(text == null ? "" : text.trim());
            } catch (NumberFormatException e) {
                throw named(key).invalid(text, "expected a whole number");
            }
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            Type item = generic.getActualTypeArguments()[0];
            if (node.children().isEmpty() && item == String.class) {
                return Setting.commaList(node.text()); // Maven's reading of a list written as text
            }
            List<Object> items = new ArrayList<>();
            for (ParameterNode child : node.children()) {
                items.add(value(item, child, key, strict));
            }
            return items;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            Map<String, String> map = new LinkedHashMap<>();
            for (ParameterNode child : node.children()) {
                map.put(child.name(), text(child, key + "." + child.name()));
            }
            return map;
        }
        if (type instanceof Class<?> block && node.text() != null && !node.text().isBlank()) {
            throw named(key).invalid(node.text(), "expected a block of " + String.join(", ",
                    new TreeSet<>(fieldNames(block))) + ", not a value");
        }
        try {
            Object block = ((Class<?>) type).getDeclaredConstructor().newInstance();
            fill(block, node, key + ".", strict);
            return block;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value's text; a list of plain values (a TOML array) reads as Maven reads a comma list. */
    private static String text(ParameterNode node, String key) throws SettingsException {
        if (node.children().isEmpty()) {
            return node.text();
        }
        List<String> items = new ArrayList<>();
        for (ParameterNode child : node.children()) {
            if (!child.children().isEmpty() || child.text() == null) {
                throw named(key).invalid("expected a value or a list of values, not a block");
            }
            items.add(child.text());
        }
        return String.join(",", items);
    }

    private static List<String> fieldNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            names.add(field.getName());
        }
        return names;
    }
}
