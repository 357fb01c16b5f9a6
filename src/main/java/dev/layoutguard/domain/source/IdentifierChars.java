package dev.layoutguard.domain.source;

/**
 * Which characters make up Java, Kotlin and Python names, answered from lookup tables for ASCII (nearly every
 * character of real sources) and from {@link Character} beyond it.
 */
final class IdentifierChars {

    private static final boolean[] JAVA_START = new boolean[128];
    private static final boolean[] JAVA_PART = new boolean[128];
    private static final boolean[] PYTHON_START = new boolean[128];
    private static final boolean[] PYTHON_PART = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            boolean digit = c >= '0' && c <= '9';
            JAVA_START[c] = letter || c == '$';
            JAVA_PART[c] = letter || digit || c == '$';
            PYTHON_START[c] = letter;
            PYTHON_PART[c] = letter || digit;
        }
    }

    private IdentifierChars() {
    }

    static boolean javaStart(char c) {
        return c < 128 ? JAVA_START[c] : Character.isJavaIdentifierStart(c);
    }

    /** Unlike {@link Character#isJavaIdentifierPart}, ASCII control characters are not part of a name. */
    static boolean javaPart(char c) {
        return c < 128 ? JAVA_PART[c] : Character.isJavaIdentifierPart(c);
    }

    static boolean pythonStart(char c) {
        return c < 128 ? PYTHON_START[c] : Character.isUnicodeIdentifierStart(c);
    }

    static boolean pythonPart(char c) {
        return c < 128 ? PYTHON_PART[c] : Character.isUnicodeIdentifierPart(c);
    }
}
