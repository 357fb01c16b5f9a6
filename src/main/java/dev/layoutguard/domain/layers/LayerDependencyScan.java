package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.preset.LayerException;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.source.Language;
import dev.layoutguard.domain.source.SourceFile;
import dev.layoutguard.domain.source.SourceReference;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The references against the allowed direction and the forbidden imports in the sources of the layers, found in one
 * pass over the analyses of the source roots' Java, Kotlin and Python files ({@link Project#sources}); only the
 * offending references are kept.
 *
 * @param findings   one per reference to a layer the file may not use, per name and line, at that line
 * @param forbidden  one per import of a prefix the file's layer may not import, per prefix and line, at that line
 * @param sources    how many source files the layers hold (of a {@linkplain Project#focused focused} project, only
 *                   those whose findings are reported are read)
 * @param total      how many source files the source roots hold, in a layer or not, outside test packages
 * @param unreadable how many of the layers' files could not be read (an I/O error, or larger than the read limit),
 *                   so were not checked
 */
public record LayerDependencyScan(List<Finding> findings, List<Finding> forbidden, int sources, int total,
        int unreadable) {

    public LayerDependencyScan {
        findings = List.copyOf(findings);
        forbidden = List.copyOf(forbidden);
    }

    /** The scan of a project, computed once per run. */
    public static LayerDependencyScan of(Project project) {
        return project.analysis(LayerDependencyScan.class, LayerDependencyScan::scan);
    }

    private static LayerDependencyScan scan(Project project) {
        LayerSpace space = LayerSpace.of(project);
        List<Source> sources = new ArrayList<>();
        int layered = 0;
        int total = 0;
        for (String root : space.roots()) {
            Deque<String> directories = new ArrayDeque<>(List.of(root));
            while (!directories.isEmpty()) {
                String directory = directories.pop();
                String layer = space.layerOfDirectory(root, directory);
                for (Entry entry : project.tree().children(directory)) {
                    if (entry.isDirectory()) {
                        if (!LayerSpace.isTests(entry.name())) {
                            directories.push(entry.path());
                        }
                        continue;
                    }
                    Language language = entry.kind() == EntryKind.FILE ? Language.of(entry.name()) : null;
                    if (language == null) {
                        continue;
                    }
                    total++;
                    layered += layer == null ? 0 : 1;
                    if (layer != null && project.reports(entry.path())) {
                        sources.add(new Source(root, layer, entry.path(), language));
                    }
                }
            }
        }
        sources.sort(Comparator.comparing(Source::path));
        // reading and lexing dominate, and each file is independent: spread them over the cores, keep the order
        List<Optional<List<List<Finding>>>> perSource = sources.parallelStream()
                .map(source -> source.scan(project, space))
                .toList();
        List<Finding> findings = new ArrayList<>();
        List<Finding> forbidden = new ArrayList<>();
        int unreadable = 0;
        for (Optional<List<List<Finding>>> found : perSource) {
            found.ifPresent(both -> {
                findings.addAll(both.get(0));
                forbidden.addAll(both.get(1));
            });
            unreadable += found.isEmpty() ? 1 : 0;
        }
        return new LayerDependencyScan(findings, forbidden, layered, total, unreadable);
    }

    /** A source file of a layer. */
    private record Source(String root, String layer, String path, Language language) {

        /** The file's offending references and forbidden imports, or empty when it cannot be read. */
        Optional<List<List<Finding>>> scan(Project project, LayerSpace space) {
            return project.sources().file(path).map(file -> {
                List<Finding> findings = new ArrayList<>(0);
                check(space, root, path, layer, references(file, space), findings);
                List<Finding> forbidden = new ArrayList<>(0);
                List<String> prefixes = space.policy().forbiddenFor(layer);
                if (!prefixes.isEmpty()) {
                    ForbiddenImports.check(path, layer, prefixes, language == Language.PYTHON
                            ? file.referencesFrom(pythonPackage(root, path)) : file.references(), forbidden);
                }
                return List.of(findings, forbidden);
            });
        }

        /** Java and Kotlin names as they lie under the base package; Python imports made absolute. */
        private List<SourceReference> references(SourceFile file, LayerSpace space) {
            return language == Language.PYTHON ? file.referencesFrom(pythonPackage(root, path))
                    : file.referencesUnder(space.basePackage().orElse(""));
        }

        private static String pythonPackage(String root, String path) {
            String module = LayerSpace.moduleOf(root, path);
            if (path.endsWith("/__init__.py") || path.endsWith("/__init__.pyi")) {
                return module;
            }
            int dot = module.lastIndexOf('.');
            return dot < 0 ? "" : module.substring(0, dot);
        }
    }

    private static void check(LayerSpace space, String root, String path, String from,
            List<SourceReference> references, List<Finding> findings) {
        LayerPolicy policy = space.policy();
        int line = 0;
        List<String> reportedOnLine = new ArrayList<>();
        for (SourceReference reference : references) {
            String target = space.layerOfName(reference.name());
            if (target == null || policy.mayUse(from, target)) {
                continue;
            }
            if (reference.kind() == SourceReference.Kind.IMPORTED_NAME && space.layerOfName(
                    reference.name().substring(0, reference.name().lastIndexOf('.'))) != null) {
                continue;
            }
            if (!policy.exceptions().isEmpty()
                    && excepted(policy, from, target, path, LayerSpace.moduleOf(root, path))) {
                continue;
            }
            if (reference.line() != line) {
                line = reference.line();
                reportedOnLine.clear();
            }
            if (!reportedOnLine.contains(reference.name())) {
                reportedOnLine.add(reference.name());
                findings.add(Finding.atLine(path, line, LayerDependencyMessage.of(policy, from, target, reference))
                        .withReference(reference.name()));
            }
        }
    }

    /** Whether a declared exception lets this file use the target layer: by layer, path prefix or package prefix. */
    private static boolean excepted(LayerPolicy policy, String from, String target, String path, String module) {
        for (LayerException exception : policy.exceptions()) {
            if (!exception.target().equals(target)) {
                continue;
            }
            String source = exception.source().trim();
            if (source.equals(from) || within(path, strip(source, '/'), '/')
                    || within(module, strip(source, '.'), '.')) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(String name, String prefix, char separator) {
        return !prefix.isEmpty() && name.startsWith(prefix)
                && (name.length() == prefix.length() || name.charAt(prefix.length()) == separator);
    }

    private static String strip(String text, char trailing) {
        return text.endsWith(String.valueOf(trailing)) ? text.substring(0, text.length() - 1) : text;
    }
}
