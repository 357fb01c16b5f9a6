package dev.layoutguard.domain;

import java.util.Objects;

/**
 * What a rule found at one place, before the runner gives it a rule id and a severity.
 *
 * @param path      relative to the project root, {@code /}-separated; {@code .} for the root itself
 * @param line      1-based line, or {@code null} for whole files and directories
 * @param message   what was found against what is allowed
 * @param fix       the relative path the entry should move to, or {@code null}
 * @param reference what was referenced (an imported name, a key), which keys baselines; or {@code null}
 */
public record Finding(String path, Integer line, String message, String fix, String reference) {

    public Finding {
        RelativePath.require(path, "path");
        if (line != null && line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        if (fix != null) {
            RelativePath.require(fix, "fix");
        }
    }

    /** A finding about a whole file or directory. */
    public static Finding at(String path, String message) {
        return new Finding(path, null, message, null, null);
    }

    /** A finding at one line of a file. */
    public static Finding atLine(String path, int line, String message) {
        return new Finding(path, line, message, null, null);
    }

    /** This finding with the path it should move to. */
    public Finding withFix(String target) {
        return new Finding(path, line, message, target, reference);
    }

    /** This finding keyed, for baselines, by what it references. */
    public Finding withReference(String referenced) {
        return new Finding(path, line, message, fix, Objects.requireNonNull(referenced, "referenced"));
    }
}
