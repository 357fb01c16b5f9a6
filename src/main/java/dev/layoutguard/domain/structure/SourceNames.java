package dev.layoutguard.domain.structure;

import java.util.List;
import java.util.Locale;

/** The name conventions of sources: Python's snake_case modules and packages, Java's lower-case packages. */
final class SourceNames {

    /** Directories that tools name inside Java source roots. */
    private static final List<String> JAVA_TOOL_DIRECTORIES = List.of("doc-files", "META-INF");

    private SourceNames() {
    }

    /** Whether a Python module or package name is snake_case: lower-case letters, digits and underscores. */
    static boolean isSnakeCase(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** A snake_case spelling of a name: {@code DataLoader} and {@code data-loader} become {@code data_loader}. */
    static String toSnakeCase(String name) {
        StringBuilder snake = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean wordStart = Character.isUpperCase(c) && i > 0
                    && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1))
                            || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
                                    && Character.isUpperCase(name.charAt(i - 1)));
            if (wordStart) {
                snake.append('_');
            }
            char lower = Character.toLowerCase(c);
            snake.append(lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9' ? lower : '_');
        }
        return snake.toString().replaceAll("_{2,}", "_");
    }

    /** Whether a Java package name is lower case: a letter or underscore, then letters, digits or underscores. */
    static boolean isJavaPackage(String name) {
        if (name.isEmpty() || !(name.charAt(0) >= 'a' && name.charAt(0) <= 'z' || name.charAt(0) == '_')) {
            return false;
        }
        return isSnakeCase(name);
    }

    /** A lower-case spelling of a package name: {@code orderService} becomes {@code orderservice}. */
    static String toJavaPackage(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
        return lower.isEmpty() || !Character.isLetter(lower.charAt(0)) && lower.charAt(0) != '_' ? "p" + lower : lower;
    }

    /**
     * Whether a path is, or lies in, a directory a tool names inside a Java source root: {@code doc-files}, which
     * javadoc copies into the documentation, and {@code META-INF}, the archive's metadata of builds that keep
     * resources beside the sources. Neither is a package.
     */
    static boolean inJavaToolDirectory(String path) {
        for (String name : JAVA_TOOL_DIRECTORIES) {
            if (path.equals(name) || path.endsWith("/" + name) || path.contains("/" + name + "/")
                    || path.startsWith(name + "/")) {
                return true;
            }
        }
        return false;
    }
}
