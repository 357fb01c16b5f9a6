package dev.layoutguard.presentation;

import java.util.List;

/** The pom's {@code <structure>} block, as Maven fills it; {@code docs/configuration.md} shows it in XML. */
public class StructureConfiguration {

    /** How many directory levels may sit below a depth root; the preset's (4) when not set. */
    Integer maxDepth;

    /** What the docs directory must hold, replacing the preset's list: directories end in {@code /}. */
    List<String> requiredDocs;

    /** Globs of places besides the docs directory where documentation files may sit. */
    List<String> docsAllowedIn;

    /** Directories the scripts directory may hold besides the preset's categories. */
    List<String> scriptCategories;

    /** Directories the deploy directory may hold besides the preset's categories. */
    List<String> deployCategories;

    /** Globs of places besides the deploy directory where Docker, CI and Kubernetes files may sit. */
    List<String> deployAllowedIn;

    /** Top-level directories of runtime data, besides the preset's, whose content git must ignore. */
    List<String> runtimeDirectories;
}
