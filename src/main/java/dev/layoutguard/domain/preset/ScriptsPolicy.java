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

    /** A builder of a scripts policy: every list empty and every other part unset until named. */
    public static Builder builder() {
        return new Builder();
    }

    /** Names the parts of a {@link ScriptsPolicy} one by one, so that a preset reads like the plan it implements. */
    public static final class Builder {

        private String directory;
        private List<String> categories = List.of();
        private List<Glob> files = List.of();
        private List<String> header = List.of();

        private Builder() {
        }

        public Builder directory(String directory) {
            this.directory = directory;
            return this;
        }

        public Builder categories(List<String> categories) {
            this.categories = categories;
            return this;
        }

        public Builder files(List<Glob> files) {
            this.files = files;
            return this;
        }

        public Builder header(List<String> header) {
            this.header = header;
            return this;
        }

        public ScriptsPolicy build() {
            return new ScriptsPolicy(directory, categories, files, header);
        }
    }
}
