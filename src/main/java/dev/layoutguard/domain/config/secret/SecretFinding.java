package dev.layoutguard.domain.config.secret;

/**
 * A line of a configuration file that holds a secret; it names the key, never the value.
 *
 * @param line      1-based
 * @param key       the key the secret is assigned to, masked where it holds a secret itself; {@code null} when there
 *                  is none or nothing of it is fit to print
 * @param kind      what the secret is
 * @param throwaway whether it is a credential of test data or of a service container a CI pipeline starts, which
 *                  opens nothing anyone else can reach
 */
public record SecretFinding(int line, String key, SecretKind kind, boolean throwaway) {

    /** A secret that is not throwaway. */
    public SecretFinding(int line, String key, SecretKind kind) {
        this(line, key, kind, false);
    }
}
