package dev.layoutguard.domain.preset;

import java.util.List;

/**
 * Where documentation lives and what the documentation directory must hold.
 *
 * @param directory        the documentation directory ({@code docs})
 * @param optional         whether the docs rules apply only when the project has that directory (maven)
 * @param required         paths below it that must exist: directories written with a trailing {@code /}, files
 *                         without ({@code getting-started/}, {@code index.md})
 * @param files            globs of documentation files that belong in it ({@code *.md})
 * @param allowedElsewhere globs of other places documentation files may sit ({@code .github/**})
 */
public record DocsPolicy(String directory, boolean optional, List<String> required, List<Glob> files,
        List<Glob> allowedElsewhere) {

    public DocsPolicy {
        required = List.copyOf(required);
        files = List.copyOf(files);
        allowedElsewhere = List.copyOf(allowedElsewhere);
    }

    public DocsPolicy withRequired(List<String> changed) {
        return new DocsPolicy(directory, optional, changed, files, allowedElsewhere);
    }

    public DocsPolicy withAllowedElsewhere(List<Glob> changed) {
        return new DocsPolicy(directory, optional, required, files, changed);
    }
}
