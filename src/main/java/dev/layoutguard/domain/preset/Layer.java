package dev.layoutguard.domain.preset;

import java.util.List;

/**
 * A layer of the source tree.
 *
 * @param name     the name rules and messages use ({@code domain})
 * @param packages the packages under the base package (or under a context, at any depth) that belong to it: usually
 *                 just the name; a hexagonal {@code adapter} layer may hold {@code web} and {@code persistence}; a
 *                 dotted path ({@code application.port.in}) is a nested layer package, and the longest match decides
 * @param optional whether the layer may be absent without a {@code layer-missing} finding ({@code shared}: only what
 *                 truly belongs to no layer, which may be nothing)
 */
public record Layer(String name, List<String> packages, boolean optional) {

    public Layer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("layer name must not be blank");
        }
        packages = List.copyOf(packages);
        if (packages.isEmpty()) {
            throw new IllegalArgumentException("layer " + name + " has no packages");
        }
        for (String pkg : packages) {
            if (!LayerPolicy.isPackage(pkg)) {
                throw new IllegalArgumentException("layer " + name + ": package '" + pkg
                        + "' is not a package name under the base package");
            }
        }
    }

    /** A layer that must exist. */
    public Layer(String name, List<String> packages) {
        this(name, packages, false);
    }

    /** A layer held by the one package of its name. */
    public static Layer named(String name) {
        return new Layer(name, List.of(name));
    }

    /** A layer held by the one package of its name, which may be absent. */
    public static Layer optional(String name) {
        return new Layer(name, List.of(name), true);
    }

    /** Whether a package name is a Java, Kotlin and Python identifier: letters, digits, {@code _} and {@code $}. */
    public static boolean isIdentifier(String name) {
        if (name == null || name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
