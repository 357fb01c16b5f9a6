package dev.layoutguard.domain.preset;

import java.util.List;

/**
 * A layer of the source tree.
 *
 * @param name     the name rules and messages use ({@code domain})
 * @param packages the package names directly under the base package that belong to it
 *                 (usually just the name; a hexagonal {@code adapter} layer may hold {@code web} and {@code persistence})
 */
public record Layer(String name, List<String> packages) {

    public Layer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("layer name must not be blank");
        }
        packages = List.copyOf(packages);
        if (packages.isEmpty()) {
            throw new IllegalArgumentException("layer " + name + " has no packages");
        }
    }

    /** A layer held by the one package of its name. */
    public static Layer named(String name) {
        return new Layer(name, List.of(name));
    }
}
