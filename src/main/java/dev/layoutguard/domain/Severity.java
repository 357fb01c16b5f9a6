package dev.layoutguard.domain;

import java.util.Locale;

/** How a violation affects the build: errors fail it, warnings only when asked to. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case name used in configuration and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error} or {@code warning}, ignoring case. */
    public static Severity parse(String text) {
        for (Severity severity : values()) {
            if (severity.label().equalsIgnoreCase(text.trim())) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (expected error or warning)");
    }
}
