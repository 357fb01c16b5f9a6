package dev.layoutguard.domain.config.secret;

/**
 * Where and why a configuration file stops making sense to its scanner; the description never quotes the file.
 *
 * @param line        1-based
 * @param description what is wrong, such as "a quoted value is never closed"
 */
public record SyntaxProblem(int line, String description) {
}
