package dev.layoutguard.application;

import dev.layoutguard.domain.ContentReader;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.Optional;

/**
 * Where a check's tree and report are kept between runs, so that a run whose inputs (the files, the settings, the
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
                public void keep(ProjectTree tree, Report report) {
                    // nothing is kept
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
         * Keeps the check's tree and report, unless something it read changed while it ran; never fails the check,
         * whatever goes wrong in writing.
         */
        void keep(ProjectTree tree, Report report);
    }

    /**
     * A kept result.
     *
     * @param tree   the project tree as the check walked it
     * @param report the check's report
     */
    record Kept(ProjectTree tree, Report report) {
    }
}
