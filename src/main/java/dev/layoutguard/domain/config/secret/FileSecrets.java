package dev.layoutguard.domain.config.secret;

import java.util.List;

/**
 * What the secret check found in one configuration file.
 *
 * @param secrets  at most one per line, in line order
 * @param problems where the file could not be parsed
 */
public record FileSecrets(List<SecretFinding> secrets, List<SyntaxProblem> problems) {

    public FileSecrets {
        secrets = List.copyOf(secrets);
        problems = List.copyOf(problems);
    }
}
