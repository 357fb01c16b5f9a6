package dev.layoutguard.domain.preset;

import java.util.Objects;

/**
 * A root entry a tool reads where it is, which the target layout keeps elsewhere: where, and what moving it takes. It is never a
 * move to make on its own, so it carries no fix.
 *
 * @param pattern     a glob over the entry's name
 * @param directories whether it matches directories (written with a trailing {@code /}) rather than files
 * @param description what such an entry is and who reads it there ("Docker file, which docker build looks for in
 *                    the build context")
 * @param home        where the target layout keeps it ({@code deploy/docker/}, {@code pyproject.toml [tool.mypy]})
 * @param advice      what moving it takes besides the move; {@code {name}} stands for the entry's name
 */
public record PreferredHome(Glob pattern, boolean directories, String description, String home, String advice) {

    public PreferredHome {
        Objects.requireNonNull(pattern, "pattern");
        for (String text : new String[] {description, home, advice}) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("description, home and advice must not be blank");
            }
        }
    }

    /** A preferred home from the entry's written form: {@code deploy/} matches directories, {@code Dockerfile*} files. */
    public static PreferredHome of(String written, String description, String home, String advice) {
        boolean directories = written.endsWith("/");
        String glob = directories ? written.substring(0, written.length() - 1) : written;
        return new PreferredHome(Glob.of(glob), directories, description, home, advice);
    }

    /** The pattern as users write it, with the trailing {@code /} of directory patterns. */
    public String written() {
        return pattern.pattern() + (directories ? "/" : "");
    }

    /** Whether a root entry of this name and kind matches. */
    public boolean matches(String name, boolean directory) {
        return directory == directories && pattern.matches(name);
    }

    /** What the finding about an entry of this name says. */
    public String messageFor(String name) {
        return description + "; the target layout keeps it in " + home + ": " + advice.replace("{name}", name);
    }
}
