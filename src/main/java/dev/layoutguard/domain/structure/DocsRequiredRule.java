package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.DocsPolicy;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags a missing documentation directory, and each required directory or file missing from it
 * ({@code docs/getting-started/}, ..., {@code docs/index.md}). Where the docs directory is optional (maven), a project
 * without one is not flagged, nor is one that holds no documents (only the README's images): there is nothing for an
 * index to list. An index in another format ({@code index.rst}) or a {@code README.md} in the directory is its hub.
 */
public final class DocsRequiredRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        DocsPolicy docs = project.preset().structure().docs();
        String directory = docs.directory();
        String expected = expected(docs);
        if (!project.tree().hasDirectory(directory)) {
            if (docs.optional()) {
                return List.of();
            }
            return List.of(Finding.at(directory, "documentation directory " + directory + "/ is missing; the "
                    + project.preset().name() + " preset expects it" + (expected.isEmpty() ? "" : " with " + expected)));
        }
        List<Finding> findings = new ArrayList<>();
        boolean documents = project.tree().below(List.of(directory)).stream()
                .anyMatch(entry -> entry.isFile() && Glob.anyMatches(docs.files(), entry.path()));
        for (String required : docs.required()) {
            boolean wantsDirectory = required.endsWith("/");
            String path = RelativePath.join(directory, wantsDirectory ? required.substring(0, required.length() - 1)
                    : required);
            if (!wantsDirectory && (docs.optional() && !documents || hasHub(project, directory, required))) {
                continue;
            }
            Optional<Entry> entry = project.tree().find(path);
            String what = wantsDirectory ? "directory" : "file";
            if (entry.isEmpty()) {
                findings.add(Finding.at(path, "required documentation " + what + " is missing (" + directory
                        + "/ must hold " + expected + ")"));
            } else if (entry.get().isDirectory() != wantsDirectory) {
                findings.add(Finding.at(path, "required documentation " + what + " is a "
                        + (wantsDirectory ? "file" : "directory") + " (" + directory + "/ must hold " + expected + ")"));
            }
        }
        return findings;
    }

    /**
     * Whether the documentation directory has another hub than a required index page: the index in another format
     * ({@code index.rst} of Sphinx, {@code index.adoc}) or the {@code README.md} that GitHub shows for the directory.
     */
    private static boolean hasHub(Project project, String directory, String required) {
        String stem = required.contains(".") ? required.substring(0, required.lastIndexOf('.')) : required;
        return !stem.contains("/") && project.tree().children(directory).stream().filter(Entry::isFile)
                .anyMatch(entry -> entry.name().startsWith(stem + ".") || entry.name().equals("README.md"));
    }

    private static String expected(DocsPolicy docs) {
        List<String> required = docs.required();
        if (required.size() <= 1) {
            return String.join("", required);
        }
        return String.join(", ", required.subList(0, required.size() - 1)) + " and " + required.get(required.size() - 1);
    }
}
