package dev.layoutguard.domain.config.secret;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies a value a secret key holds: only a {@link Kind#LITERAL} is a secret in the file. The shape of the value
 * ({@link TokenShape}) is one signal: a value that looks generated is never taken for a name, a path or a template
 * around a few letters.
 */
final class SecretValues {

    /** What a value is, as far as secrets go. */
    enum Kind {
        /** Empty, a boolean, {@code null}, {@code none}, {@code ~}. */
        ABSENT,
        /** Stands in for a value: {@code CHANGE_ME}, {@code your_password_here}, {@code <value>}, {@code xxx}. */
        PLACEHOLDER,
        /** A templating expression supplies it ({@link Templates}). */
        TEMPLATE,
        /** Encrypted: Maven's {@code {...}}, Jasypt's {@code ENC(...)}, SOPS, Spring Cloud Config's {cipher}. */
        ENCRYPTED,
        /** Names a secret kept elsewhere: {@code DB_PASSWORD}, a file path, a secret store's address. */
        REFERENCE,
        /** An access level, as in {@code id-token: write}. */
        PERMISSION,
        /** A value written into the file. */
        LITERAL
    }

    private static final Set<String> ABSENT = Set.of("true", "false", "yes", "no", "on", "off", "null", "none",
            "nil", "~");
    private static final Set<String> PERMISSIONS = Set.of("read", "write", "read-all", "write-all", "read-write");
    private static final Set<String> PLACEHOLDER_WORDS = Set.of("example", "examples", "sample", "placeholder",
            "changeme", "changeit", "replaceme", "redacted", "dummy", "todo", "tbd", "fixme");
    private static final Set<String> PLACEHOLDER_FIRST_WORDS = Set.of("your", "replace", "insert", "enter", "put",
            "fill", "paste", "provide");
    private static final Set<String> PLACEHOLDER_PAIRS = Set.of("change me", "change it", "change this", "replace me",
            "fill me", "set me");
    private static final List<String> STORE_PREFIXES = List.of("arn:aws:secretsmanager:", "arn:aws:ssm:", "vault:",
            "op://", "sm://");
    private static final List<String> KEY_FILES = List.of(".pem", ".key", ".crt", ".cer", ".p12", ".pfx", ".jks",
            ".keystore", ".truststore", ".json", ".txt", ".asc", ".gpg", ".pub");

    private SecretValues() {
    }

    /** Whether the value is a literal that a secret key must not hold. */
    static boolean literal(String value) {
        return kind(value) == Kind.LITERAL;
    }

    /**
     * What the value is under its key. Under a Kubernetes object's {@code spec} or {@code metadata}, or a Helm
     * chart's {@code existingSecret}, a secret key holding an object's name ({@code auth-secret: monitoring-auth},
     * {@code secretKey: db-password}) names that object: a reference.
     */
    static Kind kind(String key, String value) {
        Kind kind = kind(value);
        return kind == Kind.LITERAL && objectName(value.strip()) && objectKey(key) ? Kind.REFERENCE : kind;
    }

    /** What the value is. */
    static Kind kind(String value) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (v.isEmpty() || ABSENT.contains(lower)) {
            return Kind.ABSENT;
        }
        if (PERMISSIONS.contains(lower)) {
            return Kind.PERMISSION;
        }
        if (encrypted(v)) {
            return Kind.ENCRYPTED;
        }
        if (Templates.only(v)) {
            return Kind.TEMPLATE;
        }
        String rest = Templates.withoutExpressions(v);
        if (rest != null && !TokenShape.generated(rest.strip()) && CredentialPatterns.find(rest) == null) {
            return Kind.TEMPLATE;
        }
        if (isMask(v) || v.length() > 2 && v.charAt(0) == '<' && v.charAt(v.length() - 1) == '>'
                || placeholderWords(SecretKeys.words(v)) || lower.contains("example")) {
            return Kind.PLACEHOLDER;
        }
        return reference(v) ? Kind.REFERENCE : Kind.LITERAL;
    }

    /** A mask: only {@code *}, {@code x}, {@code .} and separators, such as {@code ****} or {@code xxxx-xxxx}. */
    private static boolean isMask(String v) {
        int marks = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = Character.toLowerCase(v.charAt(i));
            if (c == '*' || c == 'x' || c == '.' || c == '\u2022') {
                marks++;
            } else if ("-_ #".indexOf(c) < 0) {
                return false;
            }
        }
        return marks >= 3 || marks > 0 && v.charAt(0) == '*';
    }

    private static boolean placeholderWords(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        if (PLACEHOLDER_FIRST_WORDS.contains(words.get(0)) || words.get(words.size() - 1).equals("here")) {
            return true;
        }
        for (int i = 0; i < words.size(); i++) {
            if (PLACEHOLDER_WORDS.contains(words.get(i))
                    || i > 0 && PLACEHOLDER_PAIRS.contains(words.get(i - 1) + " " + words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean encrypted(String v) {
        boolean braced = v.length() > 2 && v.charAt(0) == '{' && v.charAt(v.length() - 1) == '}'
                && isBase64(v, 1, v.length() - 1);
        return braced || v.startsWith("ENC(") && v.endsWith(")") || v.startsWith("ENC[") && v.endsWith("]")
                || v.startsWith("{cipher}");
    }

    /**
     * A name of a secret kept elsewhere: an environment variable's name ({@code DB_PASSWORD}), a secret store's
     * address ({@code arn:aws:secretsmanager:...}, {@code vault:...}, {@code projects/p/secrets/s}), or a path to the
     * file that holds it ({@code /run/secrets/db}, {@code ./keys/app.pem}). Nothing that looks generated, and no
     * path with the {@code +} or {@code =} of Base64.
     */
    private static boolean reference(String v) {
        if (v.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        if (environmentName(v)) {
            return true;
        }
        if (STORE_PREFIXES.stream().anyMatch(v::startsWith) || v.startsWith("projects/") && v.contains("/secrets/")) {
            return true;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        boolean path = v.startsWith("/") || v.startsWith("./") || v.startsWith("../") || v.startsWith("~/")
                || lower.startsWith("file:") || lower.startsWith("classpath:")
                || KEY_FILES.stream().anyMatch(lower::endsWith);
        if (!path || v.indexOf('+') >= 0 || v.indexOf('=') >= 0) {
            return false;
        }
        for (String segment : v.split("[/\\\\]")) {
            if (TokenShape.generated(segment) || CredentialPatterns.find(segment) != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean objectKey(String key) {
        if (key.startsWith("spec.") || key.startsWith("metadata.")) {
            return true;
        }
        for (String segment : key.split("\\.")) {
            if (segment.regionMatches(true, 0, "existing", 0, 8)) {
                return true;
            }
        }
        return false;
    }

    /** A Kubernetes object's name: lower-case letters, digits, {@code -} and {@code .}, joined words, not generated. */
    private static boolean objectName(String v) {
        if (v.isEmpty() || v.length() > 253 || v.indexOf('-') < 0 && v.indexOf('.') < 0
                || !TextLines.isWordChar(v.charAt(0)) || !TextLines.isWordChar(v.charAt(v.length() - 1))) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                return false;
            }
        }
        return v.chars().anyMatch(Character::isLetter) && !TokenShape.generated(v);
    }

    /** {@code DB_PASSWORD}: upper-case words joined by {@code _}, not generated. */
    static boolean environmentName(String v) {
        if (v.isEmpty() || v.charAt(0) < 'A' || v.charAt(0) > 'Z' || v.indexOf('_') < 0 || v.endsWith("_")
                || v.contains("__")) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return !TokenShape.generated(v);
    }

    private static boolean isBase64(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (!TextLines.isWordChar(c) && c != '+' && c != '/' && c != '=') {
                return false;
            }
        }
        return to > from;
    }
}
