package dev.layoutguard.domain.config.secret;

/**
 * A scalar value a configuration file gives a key: {@code spring.datasource.password} on line 4. List items carry
 * the key of their list. The value stays inside the scan and is never reported.
 *
 * @param line    the line the key (or the list item) is on, 1-based
 * @param endLine the last line the value spans
 * @param key     the full key, sections and parents joined with {@code .}
 * @param value   the value without quotes, comments and escapes
 */
record Assignment(int line, int endLine, String key, String value) {
}
