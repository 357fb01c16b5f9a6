package dev.layoutguard.domain.layers;

import java.util.Objects;

/**
 * A dotted name a source file refers to, at the line where the name starts.
 *
 * @param line 1-based line of the name's first segment
 * @param name the absolute dotted name ({@code com.acme.shop.infrastructure.Repo}, {@code shop.infrastructure.db});
 *             a wildcard import ends in {@code .*}
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
        /** A fully qualified name written in code, cut after its first capitalized (type) segment. */
        QUALIFIED_NAME
    }

    public SourceReference {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
