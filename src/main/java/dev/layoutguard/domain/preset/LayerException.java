package dev.layoutguard.domain.preset;

/**
 * A declared, explained exception to the layer rules: code under {@code source} may reference {@code target}.
 *
 * @param source a package or file prefix, as a relative path or a dotted package name
 * @param target the layer it may use anyway
 * @param reason why, for the reader of the configuration
 */
public record LayerException(String source, String target, String reason) {

    public LayerException {
        if (source == null || source.isBlank() || target == null || target.isBlank()) {
            throw new IllegalArgumentException("a layer exception needs a source and a target layer");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("the layer exception for " + source + " -> " + target + " needs a reason");
        }
    }
}
