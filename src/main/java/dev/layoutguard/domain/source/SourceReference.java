package dev.layoutguard.domain.source;

import java.util.Objects;

/**
 * A dotted name a source file refers to, at the line where the name starts, as the file writes it.
 *
 * @param line 1-based line of the name's first segment
 * @param name the dotted name ({@code com.acme.shop.infrastructure.Repo}, {@code shop.infrastructure.db}); a
 *             wildcard import ends in {@code .*}; a relative Python import keeps its leading dots ({@code ..db},
 *             {@code .model.Order}) until {@link #from resolved} against the file's package
 * @param kind how the file refers to it
 */
public record SourceReference(int line, String name, Kind kind) {

    /** How a source file refers to a name. */
    public enum Kind {
        /** An import statement's type, package or module. */
        IMPORT,
        /**
         * A name imported from a module ({@code c} of Python's {@code from a.b import c}, as {@code a.b.c}): it
         * counts only when its module lies outside every layer, as in {@code from shop import infrastructure}.
         */
        IMPORTED_NAME,
        /** A fully qualified name written in code, whole ({@link #under} cuts it after its type). */
        QUALIFIED_NAME
    }

    public SourceReference {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The reference as it names something under a package, or {@code null} when it names nothing under it: its
     * segments start with the package's and go on past them (two at least); a name in code is cut after its first
     * capitalized segment past the package's first (its type: {@code com.acme.shop.domain.Order} of
     * {@code com.acme.shop.domain.Order.INSTANCE.find}).
     *
     * @param basePackage dotted; the empty string for the unnamed package, under which every name of two or more
     *                    segments lies
     */
    public SourceReference under(String basePackage) {
        return under(basePackage, basePackage.isEmpty() ? 0 : segments(basePackage));
    }

    /** {@link #under(String)} with the package's segments counted once for all the references of a file. */
    SourceReference under(String basePackage, int baseSegments) {
        if (!basePackage.isEmpty() && (name.length() <= basePackage.length() || !name.startsWith(basePackage)
                || name.charAt(basePackage.length()) != '.')) {
            return null;
        }
        int segments = segments(name);
        if (segments <= baseSegments || segments < 2) {
            return null;
        }
        if (kind != Kind.QUALIFIED_NAME) {
            return this;
        }
        // the first segment that may be cut after is the second past the package (the first names the layer)
        int start = basePackage.isEmpty() ? 0 : basePackage.length() + 1;
        for (int index = baseSegments; ; index++) {
            int end = name.indexOf('.', start);
            if (end < 0) {
                return this;
            }
            if (index > baseSegments && Character.isUpperCase(name.charAt(start))) {
                return new SourceReference(line, name.substring(0, end), kind);
            }
            start = end + 1;
        }
    }

    /**
     * The reference with a relative Python import made absolute: one leading dot is the file's package, each further
     * dot its parent. {@code null} when it climbs above the top package (or the file is a top-level module, whose
     * package is the empty string); an absolute reference as it is.
     */
    public SourceReference from(String filePackage) {
        int level = 0;
        while (level < name.length() && name.charAt(level) == '.') {
            level++;
        }
        if (level == 0) {
            return this;
        }
        String base = filePackage;
        for (int up = 1; up < level; up++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            base = base.substring(0, dot);
        }
        if (base.isEmpty()) {
            return null;
        }
        String module = name.substring(level);
        return new SourceReference(line, module.isEmpty() ? base : base + "." + module, kind);
    }

    /** How many segments a dotted name has. */
    static int segments(String dotted) {
        int count = 1;
        for (int i = 0; i < dotted.length(); i++) {
            if (dotted.charAt(i) == '.') {
                count++;
            }
        }
        return count;
    }
}
