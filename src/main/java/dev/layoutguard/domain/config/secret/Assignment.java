package dev.layoutguard.domain.config.secret;

/**
 * A scalar value a configuration file gives a key: {@code spring.datasource.password} on line 4. List items carry
 * the key of their list. The value stays inside the scan and is never reported.
 *
 * @param line    the line the key (or the list item) is on, 1-based
 * @param endLine the last line the value spans
 * @param key     the full key, sections and parents joined with {@code .}
 * @param value   the value without quotes, comments and escapes
 * @param decoded whether the value was decoded from how the file stores it (a Kubernetes Secret's Base64)
 */
record Assignment(int line, int endLine, String key, String value, boolean decoded) {

    Assignment(int line, int endLine, String key, String value) {
        this(line, endLine, key, value, false);
    }

    /**
     * The assignment a value written as {@code NAME=value} makes, under this key: docker-compose's list form of
     * {@code environment} ({@code - POSTGRES_PASSWORD=abc123}), a command-line option ({@code --db-password=abc});
     * or {@code null} when the value is not written so.
     */
    Assignment embedded() {
        int equals = value.indexOf('=');
        int start = 0;
        while (start < equals && start < 2 && value.charAt(start) == '-') {
            start++;
        }
        if (equals <= start || !Character.isLetter(value.charAt(start)) && value.charAt(start) != '_') {
            return null;
        }
        for (int i = start; i < equals; i++) {
            char c = value.charAt(i);
            if (!TextLines.isWordChar(c) && c != '_' && c != '.' && c != '-') {
                return null;
            }
        }
        return new Assignment(line, endLine, TextLines.join(key, value.substring(start, equals)),
                value.substring(equals + 1).strip(), decoded);
    }
}
