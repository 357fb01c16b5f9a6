package dev.layoutguard.domain;

import java.util.Locale;

/** A group of rules that one goal runs together; {@code check} runs them all. */
public enum RuleFamily {
    ROOT,
    LAYERS,
    TESTS,
    CONFIG,
    STRUCTURE;

    /** The lower-case name used in goal names and documentation. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
