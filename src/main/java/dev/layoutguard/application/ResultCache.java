package dev.layoutguard.application;

import dev.layoutguard.domain.ContentReader;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.Optional;

/**
 * Where a check's report is kept between runs, so that a run whose inputs (the files, the settings, the
 * plugin, git's index and ignore files, the baseline) have not changed answers without checking again. A kept result
 * whose inputs changed, or that cannot be read, is never returned.
 */
public interface ResultCache {

    /** Keeps nothing and finds nothing. */
    ResultCache NONE = new ResultCache() {
        @Override
        public Optional<Kept> find(String name, String key) {
            return Optional.empty();
        }

        @Override
        public Recording start(String name, String key, ContentReader contents) {
            return new Recording() {
                @Override
                public ContentReader contents() {
                    return contents;
                }

                @Override
                public boolean keep(ProjectTree tree, Report report, PresetLimits limits) {
                    return false;
                }
            };
        }
    };

    /**
     * The result kept under a name, when it was made with the same key and nothing it was made from has changed.
     *
     * @param name what the result is of, such as the goal's rule families; one result is kept per name
     * @param key  everything besides the files the result depends on: the settings, the selection, the version
     */
    Optional<Kept> find(String name, String key);

    /**
     * Starts a check whose result is to be kept: notes the time before the project is walked or read, and gives the
     * reader the rules are to read through, so that every file they read is known.
     */
    Recording start(String name, String key, ContentReader contents);

    /** One check on its way to being kept. */
    interface Recording {

        /** The reader the check reads the project's files through. */
        ContentReader contents();

        /**
         * Keeps the check's report and the preset's limits, with the stamps of the tree's entries, unless something it
         * read changed while it ran; never fails the check, whatever goes wrong in writing.
         *
         * @return whether the result is kept, so that the next run with the same inputs can answer from it
         */
        boolean keep(ProjectTree tree, Report report, PresetLimits limits);
    }

    /**
     * A kept result: what a check answered from it reports and prints, without walking or building the project.
     *
     * @param report the check's report
     * @param limits the preset's limits the console prints
     */
    record Kept(Report report, PresetLimits limits) {
    }
}
