package dev.layoutguard.domain.preset;

import java.util.List;

/**
 * Where scripts live and how they start.
 *
 * @param directory  the scripts directory ({@code scripts})
 * @param categories the directories it holds ({@code build}, {@code test}, ...)
 * @param files      globs of script files ({@code *.py}, {@code *.sh})
 * @param header     what a script's header must name ({@code Purpose:}, {@code Usage:}): a Python script's module
 *                   docstring, another script's leading comment lines
 */
public record ScriptsPolicy(String directory, List<String> categories, List<Glob> files, List<String> header) {

    public ScriptsPolicy {
        categories = List.copyOf(categories);
        files = List.copyOf(files);
        header = List.copyOf(header);
    }

    public ScriptsPolicy withCategories(List<String> changed) {
        return new ScriptsPolicy(directory, changed, files, header);
    }
}
