package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.layers.LayerSpace;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.Naming;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.preset.TestStyle;
import dev.layoutguard.domain.source.JavaPublicType;
import dev.layoutguard.domain.source.SourceFile;
import dev.layoutguard.domain.source.SourceHeader;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flags names against the preset's convention: Python modules and packages not in snake_case; Java packages not in
 * lower case and Java files not named for their public top-level type. It also measures {@code namingCompliance},
 * the percentage of the names it checked that comply, and {@code namesChecked}, how many it checked.
 */
public final class StructureNamingRule implements Rule {

    private record Survey(List<Finding> findings, int checked) {
    }

    @Override
    public List<Finding> check(Project project) {
        return project.analysis(Survey.class, StructureNamingRule::survey).findings();
    }

    @Override
    public Map<String, Integer> metrics(Project project) {
        Survey survey = project.analysis(Survey.class, StructureNamingRule::survey);
        long failing = survey.findings().stream()
                .filter(finding -> !Glob.anyMatchesPathOrParent(project.preset().excludes(), finding.path()))
                .count();
        int percent = survey.checked() == 0 ? 100 : (int) ((survey.checked() - failing) * 100 / survey.checked());
        Map<String, Integer> metrics = new LinkedHashMap<>();
        metrics.put("namingCompliance", percent);
        // what the percentage counts, so that a reactor's aggregate can weigh each module's percentage
        metrics.put("namesChecked", survey.checked());
        return metrics;
    }

    private static Survey survey(Project project) {
        boolean python = project.preset().structure().naming() == Naming.SNAKE_CASE;
        GeneratedAreas generated = GeneratedAreas.of(project);
        List<Entry> named = new ArrayList<>();
        // Java names are checked only below the source roots; Python packages may hold __init__.py anywhere
        List<Entry> candidates = python ? project.tree().entries()
                : project.tree().below(project.preset().structure().sourceRoots());
        for (Entry entry : candidates) {
            // a focused project measures nothing, so a name whose finding would not be reported is not looked at
            if (project.reports(entry.path()) && !generated.covers(entry.path())
                    && (python || !SourceNames.inJavaToolDirectory(entry.path()))
                    && (python ? isPythonPackage(project, entry) || isPythonModule(entry)
                            : entry.isDirectory() || isJavaSource(entry))) {
                named.add(entry);
            }
        }
        // a Java source's public type is read from its head only, which costs too little to share out over the
        // cores: in path order, on this thread
        List<Finding> findings = new ArrayList<>();
        int checked = 0;
        for (Entry entry : named) {
            Checked result = check(project, python, entry);
            if (result == null) {
                continue;
            }
            if (!Glob.anyMatchesPathOrParent(project.preset().excludes(), result.entry().path())) {
                checked++;
            }
            result.finding().ifPresent(findings::add);
        }
        return new Survey(findings, checked);
    }

    /** A name the rule checked, with its finding if it fails. */
    private record Checked(Entry entry, Optional<Finding> finding) {
    }

    /** The check of one name; {@code null} for a Java source that cannot be read, which is not checked. */
    private static Checked check(Project project, boolean python, Entry entry) {
        if (python && entry.isDirectory()) {
            return new Checked(entry, snakeCase(entry, entry.name(), "package", ""));
        }
        if (python) {
            String extension = entry.name().substring(entry.name().lastIndexOf('.'));
            String stem = entry.name().substring(0, entry.name().length() - extension.length());
            return new Checked(entry, snakeCase(entry, stem, "module", extension));
        }
        if (entry.isDirectory()) {
            return new Checked(entry, SourceNames.isJavaPackage(entry.name()) ? Optional.empty()
                    : Optional.of(Finding.at(entry.path(), "Java package name is not lower case (letters, digits"
                            + " and underscores, starting with a letter); rename it to "
                            + SourceNames.toJavaPackage(entry.name()))));
        }
        return publicType(project, entry.path())
                .map(declared -> new Checked(entry, publicTypeMismatch(entry, declared)))
                .orElse(null);
    }

    /**
     * The public type a Java source declares, empty inside when it declares none; empty when the file cannot be read.
     * Only the public type is asked, so a source is lexed as far as that; the whole analysis of a test or of a
     * layer's source, which the tests or layer rules read anyway, is shared with them instead of reading the file's
     * head on its own.
     */
    private static Optional<Optional<JavaPublicType>> publicType(Project project, String path) {
        TestPolicy tests = project.preset().tests();
        if (tests.style() == TestStyle.JVM && tests.rootOf(path) != null || LayerSpace.of(project).layered(path)) {
            return project.sources().file(path).map(SourceFile::publicType);
        }
        return project.sources().header(path).map(SourceHeader::publicType);
    }

    private static Optional<Finding> snakeCase(Entry entry, String name, String what, String extension) {
        if (SourceNames.isSnakeCase(name)) {
            return Optional.empty();
        }
        return Optional.of(Finding.at(entry.path(), "Python " + what + " name is not snake_case (lower-case letters,"
                + " digits and underscores); rename it to " + SourceNames.toSnakeCase(name) + extension));
    }

    private static Optional<Finding> publicTypeMismatch(Entry entry, Optional<JavaPublicType> declared) {
        String stem = entry.name().substring(0, entry.name().length() - ".java".length());
        return declared
                .filter(type -> !type.name().equals(stem))
                .map(type -> Finding.atLine(entry.path(), type.line(), "file declares the public type " + type.name()
                        + ", so it must be named " + type.name() + ".java")
                        .withFix(RelativePath.join(entry.parent(), type.name() + ".java")));
    }

    private static boolean isPythonModule(Entry entry) {
        return entry.isFile() && (entry.name().endsWith(".py") || entry.name().endsWith(".pyi"));
    }

    /** A directory holding {@code __init__.py}, or one below a source root holding Python modules. */
    private static boolean isPythonPackage(Project project, Entry entry) {
        if (!entry.isDirectory()) {
            return false;
        }
        if (project.tree().contains(entry.path() + "/__init__.py")) {
            return true;
        }
        return sourceRoot(project, entry.path()) != null && project.tree().children(entry.path()).stream()
                .anyMatch(child -> child.isFile() && child.name().endsWith(".py"));
    }

    /** A Java file other than a package or module descriptor (the caller looks only below the source roots). */
    private static boolean isJavaSource(Entry entry) {
        return entry.isFile() && entry.name().endsWith(".java") && !entry.name().equals("package-info.java")
                && !entry.name().equals("module-info.java");
    }

    /** The source root a path lies strictly below, or {@code null}. */
    private static String sourceRoot(Project project, String path) {
        for (String root : project.preset().structure().sourceRoots()) {
            if (RelativePath.isBelow(path, root)) {
                return root;
            }
        }
        return null;
    }
}
