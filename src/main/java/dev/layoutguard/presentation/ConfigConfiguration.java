package dev.layoutguard.presentation;

import java.util.List;

/** The pom's {@code <config>} block, as Maven fills it; {@code docs/configuration.md} shows it in XML. */
public class ConfigConfiguration {

    /** Directories where configuration belongs besides the preset's; one ending in {@code ?} may be absent. */
    List<String> locations;

    /** Globs of paths where configuration files may also sit ({@code examples/**}). */
    List<String> allow;

    /** Globs of more files that count as configuration ({@code *.conf}). */
    List<String> files;

    /** The known environment names, replacing the preset's; the preset's when empty. */
    List<String> environments;

    /**
     * More words that make a key a secret when they end it ({@code signing_key}). The list is named for words, not
     * keys, so that this very configuration is no secret key holding a literal.
     */
    List<String> secretWords;

    /**
     * Whether the credentials of test data and of the service containers a CI pipeline starts are secrets too;
     * the preset's choice (no) when absent.
     */
    Boolean strictSecrets;
}
