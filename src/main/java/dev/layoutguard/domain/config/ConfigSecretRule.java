package dev.layoutguard.domain.config;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.config.secret.ConfigFormat;
import dev.layoutguard.domain.config.secret.SecretFinding;
import dev.layoutguard.domain.config.secret.SecretKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags literal secrets in configuration files: a key that names a password, secret, token, API key, private key
 * or credential holding a literal value, a URL with a password, a well-known credential format. The message names
 * the key and the line, never the value, so no report can leak it. Throwaway credentials (of test data and of the
 * service containers of CI pipelines) count only when the configuration asks for strict secrets.
 */
public final class ConfigSecretRule implements Rule {

    private static final String ELSEWHERE = "; allowed: none in files, supply it from the environment or a "
            + "secret store";

    @Override
    public List<Finding> check(Project project) {
        boolean strict = project.preset().config().strictSecrets();
        List<Finding> findings = new ArrayList<>();
        for (ConfigScan.Scanned file : ConfigScan.of(project).files()) {
            for (SecretFinding secret : file.found().secrets()) {
                if (secret.throwaway() && !strict) {
                    continue;
                }
                Finding finding = Finding.atLine(file.path(), secret.line(), message(secret, file.format()));
                findings.add(finding.withReference(secret.key() != null ? secret.key() : secret.kind().label()));
            }
        }
        return findings;
    }

    static String message(SecretFinding secret, ConfigFormat format) {
        String key = secret.key();
        return switch (secret.kind()) {
            case SECRET_KEY -> (key == null ? "a secret key" : "secret key " + key) + " holds a literal value; "
                    + (format == ConfigFormat.DOTENV
                            ? "allowed: an empty value, with the secret set in the environment that runs the code"
                            : "allowed: an empty value or a placeholder such as ${" + variable(key) + "}");
            case URL_PASSWORD -> "URL with a literal password" + (key == null ? "" : " in " + key)
                    + "; allowed: a URL without a password, or a ${VAR} placeholder for it";
            default -> secret.kind().description() + (key == null ? "" : " in " + key) + ELSEWHERE;
        };
    }

    /**
     * The environment variable a key's placeholder would name, as Spring's relaxed binding spells it:
     * {@code db.password} gives {@code DB_PASSWORD}, {@code oauth2.clientSecret} gives {@code OAUTH2_CLIENT_SECRET}.
     */
    static String variable(String key) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; key != null && i < key.length(); i++) {
            char c = key.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            boolean camel = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(key.charAt(i - 1));
            if ((!word || camel) && name.length() > 0 && name.charAt(name.length() - 1) != '_') {
                name.append('_');
            }
            if (word) {
                name.append(Character.toUpperCase(c));
            }
        }
        while (name.length() > 0 && name.charAt(name.length() - 1) == '_') {
            name.setLength(name.length() - 1);
        }
        return name.length() == 0 ? "VAR" : name.toString();
    }
}
