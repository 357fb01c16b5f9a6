package dev.layoutguard.presentation;

import dev.layoutguard.domain.config.secret.SecretKeys;
import dev.layoutguard.domain.preset.ConfigPolicy;
import dev.layoutguard.domain.preset.Glob;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Changes to the preset's configuration policy, made in the pom: more configuration locations, more places where
 * configuration files may sit, more configuration file patterns, the environment names, and more words that make a
 * key a secret. Every part is optional; {@code environments} replaces the preset's list, the others extend it.
 *
 * <pre>{@code
 * <config>
 *   <locations>
 *     <location>settings</location>
 *     <location>profiles?</location>
 *   </locations>
 *   <allow>
 *     <pattern>examples/**</pattern>
 *   </allow>
 *   <files>
 *     <pattern>*.conf</pattern>
 *   </files>
 *   <environments>
 *     <environment>dev</environment>
 *     <environment>qa</environment>
 *     <environment>prod</environment>
 *   </environments>
 *   <secretWords>
 *     <secretWord>signing_key</secretWord>
 *   </secretWords>
 *   <strictSecrets>true</strictSecrets>
 * </config>
 * }</pre>
 */
public class ConfigConfiguration {

    /**
     * Directories, relative to the project, where configuration belongs besides the preset's; each must exist
     * unless written with a trailing {@code ?}.
     */
    private List<String> locations = new ArrayList<>();

    /** Globs of paths where configuration files may also sit ({@code examples/**}). */
    private List<String> allow = new ArrayList<>();

    /** Globs of more files that count as configuration ({@code *.conf}). */
    private List<String> files = new ArrayList<>();

    /** The known environment names, replacing the preset's; the preset's when empty. */
    private List<String> environments = new ArrayList<>();

    /**
     * More words that make a key a secret when they end it ({@code signing_key}). The list is named for words, not
     * keys, so that this very configuration is no secret key holding a literal.
     */
    private List<String> secretWords = new ArrayList<>();

    /**
     * Whether the credentials of test data and of the service containers a CI pipeline starts are secrets too;
     * {@code false} by default, since they open nothing anyone else can reach.
     */
    private boolean strictSecrets;

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public List<String> getAllow() {
        return allow;
    }

    public void setAllow(List<String> allow) {
        this.allow = allow;
    }

    public List<String> getFiles() {
        return files;
    }

    public void setFiles(List<String> files) {
        this.files = files;
    }

    public List<String> getEnvironments() {
        return environments;
    }

    public void setEnvironments(List<String> environments) {
        this.environments = environments;
    }

    public List<String> getSecretWords() {
        return secretWords;
    }

    public void setSecretWords(List<String> secretWords) {
        this.secretWords = secretWords;
    }

    public boolean isStrictSecrets() {
        return strictSecrets;
    }

    public void setStrictSecrets(boolean strictSecrets) {
        this.strictSecrets = strictSecrets;
    }

    /**
     * The preset's policy with these changes.
     *
     * @param directoryExists whether a directory exists in the project, for the locations that must
     * @throws IllegalArgumentException naming the bad value: a location that leaves the project or does not exist,
     *                                  an invalid glob, a blank or malformed environment name or secret word
     */
    ConfigPolicy applyTo(ConfigPolicy preset, Predicate<String> directoryExists) {
        List<String> newLocations = new ArrayList<>(preset.locations());
        for (String written : nonNull(locations)) {
            newLocations.add(location(written == null ? "" : written.trim(), directoryExists));
        }
        List<Glob> newAllowed = new ArrayList<>(preset.allowedElsewhere());
        nonNull(allow).forEach(pattern -> newAllowed.add(glob("allow", pattern)));
        List<Glob> newFiles = new ArrayList<>(preset.files());
        nonNull(files).forEach(pattern -> newFiles.add(glob("files", pattern)));
        List<String> newEnvironments = new ArrayList<>();
        for (String environment : nonNull(environments)) {
            String name = environment == null ? "" : environment.trim();
            if (name.isEmpty() || name.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isWhitespace(c))) {
                throw new IllegalArgumentException("environments: '" + (environment == null ? "" : environment)
                        + "' is not an environment name");
            }
            newEnvironments.add(name);
        }
        List<String> newSecretKeys = new ArrayList<>(preset.secretKeys());
        for (String word : nonNull(secretWords)) {
            if (word == null || SecretKeys.words(word).isEmpty()) {
                throw new IllegalArgumentException("secretWords: '" + (word == null ? "" : word)
                        + "' has no letters or digits to match key names by");
            }
            newSecretKeys.add(word.trim());
        }
        return preset.with(newLocations, newAllowed, newFiles,
                newEnvironments.isEmpty() ? preset.environments() : newEnvironments, newSecretKeys)
                .withStrictSecrets(strictSecrets || preset.strictSecrets());
    }

    private static String location(String written, Predicate<String> directoryExists) {
        boolean optional = written.endsWith("?");
        String location = optional ? written.substring(0, written.length() - 1) : written;
        while (location.endsWith("/")) {
            location = location.substring(0, location.length() - 1);
        }
        while (location.startsWith("./")) {
            location = location.substring(2);
        }
        if (location.isEmpty() || location.startsWith("/") || location.contains("\\") || location.contains(":")
                || location.equals("..") || location.startsWith("../") || location.contains("/../")
                || location.endsWith("/..")) {
            throw new IllegalArgumentException("locations: '" + written + "' is not a directory inside the project");
        }
        if (!optional && !directoryExists.test(location)) {
            throw new IllegalArgumentException("locations: '" + written + "' matches no directory in the project"
                    + " (create it, or write '" + location + "?' to mark it optional)");
        }
        return location;
    }

    private static Glob glob(String part, String pattern) {
        try {
            return Glob.of(pattern == null ? "" : pattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(part + ": " + e.getMessage(), e);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
