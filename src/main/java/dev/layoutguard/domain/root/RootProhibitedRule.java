package dev.layoutguard.domain.root;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.ProhibitedEntry;
import dev.layoutguard.domain.source.SourceHeader;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags root entries that match a prohibited pattern, with the place the preset says they belong; a Java or Kotlin
 * source bound for a source root goes to its package's directory there.
 */
public final class RootProhibitedRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : RootEntries.standing(project, RootEntries.Standing.PROHIBITED)) {
            ProhibitedEntry prohibited = project.preset().root().prohibitedFor(entry.name(), entry.isDirectory());
            String fix = inDeclaredPackage(project, entry, prohibited.fixFor(entry.name()));
            String message = prohibited.description() + " (matches " + prohibited.written() + ")";
            findings.add(fix == null ? Finding.at(entry.path(), message) : Finding.at(entry.path(), message).withFix(fix));
        }
        return findings;
    }

    /**
     * A Java or Kotlin source bound for a source or test root goes to the directory of the package it declares, where
     * the compiler and the test rules expect it; one that declares none stays at the root's top.
     */
    private static String inDeclaredPackage(Project project, Entry entry, String fix) {
        if (fix == null || !entry.isFile() || !(entry.name().endsWith(".kt") || entry.name().endsWith(".java"))
                || !fix.endsWith("/" + entry.name())) {
            return fix;
        }
        String root = RelativePath.parent(fix);
        List<String> roots = new ArrayList<>(project.preset().layers().sourceRoots());
        roots.addAll(project.preset().tests().roots());
        roots.addAll(project.preset().tests().mirrorRoots());
        if (!roots.contains(root)) {
            return fix;
        }
        String declared = project.sources().header(entry.path()).map(SourceHeader::declaredPackage).orElse("");
        return declared.isEmpty() ? fix : root + "/" + declared.replace('.', '/') + "/" + entry.name();
    }
}
