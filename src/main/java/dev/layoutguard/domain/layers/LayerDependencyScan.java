package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerException;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.source.Language;
import dev.layoutguard.domain.source.SourceFile;
import dev.layoutguard.domain.source.SourceReference;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The references against the allowed direction in the sources of the layers, found in one pass over the analyses of
 * the layers' Java, Kotlin and Python files ({@link Project#sources}); only the offending references are kept.
 *
 * @param findings   one per offending reference and line, at that line
 * @param sources    how many source files of the layers were checked
 * @param unreadable how many of those could not be read (an I/O error, or larger than the read limit), so were
 *                   not checked
 */
public record LayerDependencyScan(List<Finding> findings, int sources, int unreadable) {

    public LayerDependencyScan {
        findings = List.copyOf(findings);
    }

    /** The scan of a project, computed once per run. */
    public static LayerDependencyScan of(Project project) {
        return project.analysis(LayerDependencyScan.class, LayerDependencyScan::scan);
    }

    private static LayerDependencyScan scan(Project project) {
        LayerSpace space = LayerSpace.of(project);
        if (space.basePackage().isEmpty()) {
            return new LayerDependencyScan(List.of(), 0, 0);
        }
        List<Source> sources = new ArrayList<>();
        for (String root : space.roots()) {
            for (Layer layer : space.policy().layers()) {
                for (String pkg : layer.packages()) {
                    Deque<String> directories = new ArrayDeque<>();
                    directories.push(space.baseDirectory(root) + "/" + pkg);
                    while (!directories.isEmpty()) {
                        for (Entry entry : project.tree().children(directories.pop())) {
                            if (entry.isDirectory()) {
                                directories.push(entry.path());
                                continue;
                            }
                            Language language = entry.kind() == EntryKind.FILE ? Language.of(entry.name()) : null;
                            if (language != null) {
                                sources.add(new Source(root, layer.name(), entry.path(), language));
                            }
                        }
                    }
                }
            }
        }
        // reading and lexing dominate, and each file is independent: spread them over the cores, keep the order
        List<Optional<List<Finding>>> perSource = sources.parallelStream()
                .map(source -> source.scan(project, space))
                .toList();
        List<Finding> findings = new ArrayList<>();
        int unreadable = 0;
        for (Optional<List<Finding>> found : perSource) {
            found.ifPresent(findings::addAll);
            unreadable += found.isEmpty() ? 1 : 0;
        }
        return new LayerDependencyScan(findings, sources.size(), unreadable);
    }

    /** A source file of a layer. */
    private record Source(String root, String layer, String path, Language language) {

        /** The file's offending references, or empty when it cannot be read. */
        Optional<List<Finding>> scan(Project project, LayerSpace space) {
            return project.sources().file(path).map(file -> {
                List<Finding> findings = new ArrayList<>(0);
                check(space, root, path, layer, references(file, space), findings);
                return findings;
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
