package dev.layoutguard.presentation;

import static dev.layoutguard.application.settings.Setting.named;

import dev.layoutguard.application.settings.ConfigChanges;
import dev.layoutguard.application.settings.LayerChanges;
import dev.layoutguard.application.settings.RootChanges;
import dev.layoutguard.application.settings.Setting;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.application.settings.StructureChanges;
import dev.layoutguard.application.settings.TestChanges;
import dev.layoutguard.domain.config.secret.SecretKeys;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerException;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.ProhibitedEntry;
import dev.layoutguard.domain.preset.TestNamePattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the configuration blocks of the pom ({@code <root>}, {@code <layers>}, {@code <tests>}, {@code <config>},
 * {@code <structure>}) into what they change in the preset, checking every value with the parsers of
 * {@link Setting}; an absent block changes nothing. Like {@link SettingsMapping}, it knows nothing of Maven.
 */
final class BlockMapping {

    private BlockMapping() {
    }

    static RootChanges root(RootConfiguration root) throws SettingsException {
        if (root == null) {
            return RootChanges.NONE;
        }
        List<String> files = new ArrayList<>();
        List<String> directories = new ArrayList<>();
        for (String pattern : nonNull(root.allow)) {
            String trimmed = pattern == null ? "" : pattern.trim();
            if (trimmed.endsWith("/")) {
                directories.add(trimmed.substring(0, trimmed.length() - 1));
            } else {
                files.add(trimmed);
            }
        }
        List<ProhibitedEntry> prohibited = new ArrayList<>();
        for (ProhibitedConfiguration entry : nonNull(root.prohibit)) {
            prohibited.add(prohibited(entry));
        }
        return new RootChanges(named("root.allow").globs(files), named("root.allow").globs(directories),
                nonNull(root.disallow).stream().map(pattern -> pattern == null ? "" : pattern.trim()).toList(),
                List.copyOf(prohibited), named("root.maxFiles").atLeast(0, root.maxFiles));
    }

    static LayerChanges layers(LayersConfiguration layers) throws SettingsException {
        if (layers == null) {
            return LayerChanges.NONE;
        }
        String base = Setting.text(layers.basePackage);
        if (base != null && !LayerPolicy.isPackage(base.replace('/', '.'))) {
            throw named("layers.basePackage").invalid(base, "not a dotted package name");
        }
        List<Layer> definitions = new ArrayList<>();
        for (LayerConfiguration layer : nonNull(layers.definitions)) {
            String name = layer.name == null ? "" : layer.name.trim();
            if (!name.matches("[\\p{L}\\p{N}_-]+")) {
                throw named("layers.definitions").invalid(name, "a layer name is a word of letters, digits, '_' "
                        + "or '-'");
            }
            List<String> packages = nonNull(layer.packages).stream().map(String::trim).toList();
            for (String pkg : packages.isEmpty() ? List.of(name) : packages) {
                if (!LayerPolicy.isPackage(pkg)) {
                    throw named("layers.definitions").invalid(pkg, "not a dotted package name under the base package "
                            + "(layer " + name + ")");
                }
            }
            definitions.add(new Layer(name, packages.isEmpty() ? List.of(name) : packages, layer.optional));
        }
        List<LayerException> exceptions = new ArrayList<>();
        for (LayerExceptionConfiguration exception : nonNull(layers.exceptions)) {
            String source = Setting.text(exception.source);
            String target = Setting.text(exception.target);
            if (source == null || target == null) {
                throw named("layers.exceptions").invalid("an exception needs a <source> and a <target> layer");
            }
            if (Setting.text(exception.reason) == null) {
                throw named("layers.exceptions").invalid(source + " -> " + target, "an exception needs a <reason>");
            }
            exceptions.add(new LayerException(source, target, exception.reason));
        }
        return new LayerChanges(base == null ? null : base.replace('/', '.'), List.copyOf(definitions),
                named("layers.dependencies").edges(layers.dependencies), named("layers.allow").edges(layers.allow),
                named("layers.optional").names(layers.optional), List.copyOf(exceptions),
                named("layers.sourceRoots").directories(layers.sourceRoots), layers.anyDepth,
                named("layers.forbidden").edges(layers.forbidden), named("layers.modules").edges(layers.modules));
    }

    static TestChanges tests(TestsConfiguration tests) throws SettingsException {
        if (tests == null) {
            return TestChanges.NONE;
        }
        return new TestChanges(
                named("tests.roots").directories(tests.roots),
                named("tests.categories").names(tests.categories),
                named("tests.rootFiles").names(tests.rootFiles),
                Setting.text(tests.unitCategory),
                named("tests.testNames").parseAll(tests.testNames, TestNamePattern::parse),
                named("tests.unitTestNames").parseAll(tests.unitTestNames, TestNamePattern::parse),
                named("tests.integrationTestNames").parseAll(tests.integrationTestNames, TestNamePattern::parse),
                named("tests.testAnnotations").parseAll(tests.testAnnotations, BlockMapping::annotation),
                named("tests.mirrorRoots").directories(tests.mirrorRoots),
                named("tests.exempt").globs(tests.exempt),
                named("tests.unmirrored").globs(tests.unmirrored),
                tests.strictMirror);
    }

    static ConfigChanges config(ConfigConfiguration config) throws SettingsException {
        if (config == null) {
            return ConfigChanges.NONE;
        }
        return new ConfigChanges(
                named("config.locations").directories(config.locations),
                named("config.allow").globs(config.allow),
                named("config.files").globs(config.files),
                named("config.environments").parseAll(config.environments, BlockMapping::environment),
                named("config.secretWords").parseAll(config.secretWords, BlockMapping::secretWord),
                config.strictSecrets);
    }

    static StructureChanges structure(StructureConfiguration structure) throws SettingsException {
        if (structure == null) {
            return StructureChanges.NONE;
        }
        return new StructureChanges(
                named("structure.maxDepth").atLeast(1, structure.maxDepth),
                structure.requiredDocs == null ? null : named("structure.requiredDocs").paths(structure.requiredDocs,
                        "the docs directory"),
                named("structure.docsAllowedIn").globs(structure.docsAllowedIn),
                named("structure.scriptCategories").names(structure.scriptCategories),
                named("structure.deployCategories").names(structure.deployCategories),
                named("structure.deployAllowedIn").globs(structure.deployAllowedIn),
                named("structure.runtimeDirectories").names(structure.runtimeDirectories));
    }

    private static ProhibitedEntry prohibited(ProhibitedConfiguration entry) throws SettingsException {
        String pattern = Setting.text(entry.pattern);
        if (pattern == null) {
            throw named("root.prohibit").invalid("an entry has no <pattern>");
        }
        String target = Setting.text(entry.target);
        if (target != null) {
            named("root.prohibit").path(target, "the project");
        }
        String description = Setting.text(entry.description);
        return named("root.prohibit").parse(pattern, written -> ProhibitedEntry.of(written, target,
                description == null ? "prohibited entry in the project root" : description));
    }

    /** An annotation's simple name, written simple, qualified, or with its {@code @}. */
    private static String annotation(String written) {
        String name = written.startsWith("@") ? written.substring(1) : written;
        name = name.substring(name.lastIndexOf('.') + 1);
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))
                || !name.chars().allMatch(Character::isJavaIdentifierPart)) {
            throw new IllegalArgumentException("not an annotation name");
        }
        return name;
    }

    private static String environment(String written) {
        if (written.isEmpty() || written.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("not an environment name");
        }
        return written;
    }

    private static String secretWord(String written) {
        if (SecretKeys.words(written).isEmpty()) {
            throw new IllegalArgumentException("has no letters or digits to match key names by");
        }
        return written;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
