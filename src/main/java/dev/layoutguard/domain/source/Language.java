package dev.layoutguard.domain.source;

/** The languages whose sources the rules read, by file extension. */
public enum Language {
    JAVA,
    KOTLIN,
    PYTHON;

    /**
     * The language of a file by its name's extension ({@code .java}; {@code .kt}, {@code .kts}; {@code .py},
     * {@code .pyi}), or {@code null}. A name whose last dot is its first character ({@code .py}) has no extension.
     */
    public static Language of(String path) {
        int dot = path.lastIndexOf('.');
        if (dot <= path.lastIndexOf('/') + 1) {
            return null;
        }
        return switch (path.substring(dot + 1)) {
            case "java" -> JAVA;
            case "kt", "kts" -> KOTLIN;
            case "py", "pyi" -> PYTHON;
            default -> null;
        };
    }
}
