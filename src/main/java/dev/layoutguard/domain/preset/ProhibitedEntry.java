package dev.layoutguard.domain.preset;

import dev.layoutguard.domain.RelativePath;
import java.util.Objects;

/**
 * A root entry that does not belong in the root, and where it goes instead.
 *
 * @param pattern     a glob over the entry's name
 * @param directories whether it matches directories (written with a trailing {@code /}) rather than files
 * @param target      where matching entries go: a directory ending in {@code /} (the entry keeps its name, and a
 *                    directory already named like the entry is its new place: {@code docs/notes/} moves
 *                    {@code notes/} to {@code docs/notes}, not {@code docs/notes/notes}), an exact path, or {@code null} when the entry should be removed rather than moved; in a path,
 *                    {@code {name}} stands for the entry's name and {@code {bare}} for it without leading dots
 *                    ({@code environments/.{bare}} moves {@code venv} to {@code environments/.venv})
 * @param description what such an entry is, as the message says it ("test module in the project root")
 */
public record ProhibitedEntry(Glob pattern, boolean directories, String target, String description) {

    public ProhibitedEntry {
        Objects.requireNonNull(pattern, "pattern");
        if (target != null) {
            RelativePath.require(target, "target");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description must not be blank");
        }
    }

    /**
     * A prohibited entry from its written form: {@code dist/} matches directories, {@code *.log} files.
     */
    public static ProhibitedEntry of(String written, String target, String description) {
        boolean directories = written.endsWith("/");
        String glob = directories ? written.substring(0, written.length() - 1) : written;
        return new ProhibitedEntry(Glob.of(glob), directories, target, description);
    }

    /** The pattern as users write it, with the trailing {@code /} of directory patterns. */
    public String written() {
        return pattern.pattern() + (directories ? "/" : "");
    }

    /** Whether a root entry of this name and kind matches. */
    public boolean matches(String name, boolean directory) {
        return directory == directories && pattern.matches(name);
    }

    /** The path an entry of this name should move to, or {@code null} when it should be removed. */
    public String fixFor(String name) {
        if (target == null) {
            return null;
        }
        if (target.endsWith("/")) {
            String directory = target.substring(0, target.length() - 1);
            return directory.equals(name) || directory.endsWith("/" + name) ? directory : target + name;
        }
        String bare = name.replaceFirst("^\\.+", "");
        return target.replace("{name}", name).replace("{bare}", bare);
    }
}
