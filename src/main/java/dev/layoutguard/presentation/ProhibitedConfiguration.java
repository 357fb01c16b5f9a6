package dev.layoutguard.presentation;

/** One {@code <entry>} of the pom's {@code <root><prohibit>}: a name pattern, where it goes, and what it is. */
public class ProhibitedConfiguration {

    /** A glob over the entry name; a trailing {@code /} matches directories instead of files. */
    String pattern;

    /** Where matching entries go: a directory ending in {@code /}, or a path; none means "remove it". */
    String target;

    /** What such an entry is, as the message says; defaults to "prohibited entry in the project root". */
    String description;
}
