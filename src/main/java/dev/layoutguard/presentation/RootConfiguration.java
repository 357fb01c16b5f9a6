package dev.layoutguard.presentation;

import java.util.List;

/** The pom's {@code <root>} block, as Maven fills it; {@code docs/configuration.md} shows it in XML. */
public class RootConfiguration {

    /** Globs of root entries to allow besides the preset's; a trailing {@code /} allows a directory. */
    List<String> allow;

    /** Patterns of the preset's allowlist to remove, written as the preset writes them. */
    List<String> disallow;

    /** Root entries to prohibit, checked before the preset's own prohibited patterns. */
    List<ProhibitedConfiguration> prohibit;

    /** How many files the root may hold; the preset's limit (12) when not set. */
    Integer maxFiles;
}
