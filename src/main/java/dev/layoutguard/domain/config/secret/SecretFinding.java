package dev.layoutguard.domain.config.secret;

/**
 * A line of a configuration file that holds a secret; it names the key, never the value.
 *
 * @param line 1-based
 * @param key  the key the secret is assigned to, or {@code null} when there is none or it is not fit to print
 * @param kind what the secret is
 */
public record SecretFinding(int line, String key, SecretKind kind) {
}
