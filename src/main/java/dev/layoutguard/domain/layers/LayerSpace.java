package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerPolicy;
import java.util.List;
import java.util.Optional;

/**
 * Where a project's layers live: the source roots that hold anything, which together form one space, the base
 * package whose packages are the layers, and its directory in each root (found by {@link BasePackageDetector}).
 */
public final class LayerSpace {

    private final LayerPolicy policy;
    private final List<String> roots;
    private final String basePackage;
    private final List<String> baseDirectories;

    LayerSpace(LayerPolicy policy, List<String> roots, String basePackage, List<String> baseDirectories) {
        this.policy = policy;
        this.roots = List.copyOf(roots);
        this.basePackage = basePackage;
        this.baseDirectories = List.copyOf(baseDirectories);
    }

    /** The layer space of a project, computed once per run and shared by the layer rules. */
    public static LayerSpace of(Project project) {
        return project.analysis(LayerSpace.class, BasePackageDetector::detect);
    }

    public LayerPolicy policy() {
        return policy;
    }

    /** The source roots that exist and hold anything, in the policy's order. */
    public List<String> roots() {
        return roots;
    }

    /** The dotted base package (the empty string for the unnamed package); empty when none is configured or found. */
    public Optional<String> basePackage() {
        return Optional.ofNullable(basePackage);
    }

    /**
     * The directory of the base package in a source root; usually the package's path, but a root may leave out
     * leading segments of the package, as Kotlin's directory conventions allow.
     */
    public String baseDirectory(String root) {
        return baseDirectories.get(roots.indexOf(root));
    }

    /** A package directly under the base package, as a dotted name. */
    public String qualified(String pkg) {
        return basePackage == null || basePackage.isEmpty() ? pkg : basePackage + "." + pkg;
    }

    /** The layer a package directly under the base package belongs to, or {@code null}. */
    public String layerOfPackage(String pkg) {
        return layerOf(pkg, 0, pkg.length());
    }

    /** The layer a dotted name (a type, a package, a module) lies in, or {@code null} when it lies in none. */
    public String layerOfName(String name) {
        if (basePackage == null) {
            return null;
        }
        int start = 0;
        if (!basePackage.isEmpty()) {
            if (name.length() <= basePackage.length() || !name.startsWith(basePackage)
                    || name.charAt(basePackage.length()) != '.') {
                return null;
            }
            start = basePackage.length() + 1;
        }
        int end = name.indexOf('.', start);
        return layerOf(name, start, end < 0 ? name.length() : end);
    }

    /**
     * The dotted module a source file is, relative to its source root and without its extension
     * ({@code com.acme.shop.domain.Order}, {@code shop.domain.model}); a Python {@code __init__.py} is its package.
     */
    public static String moduleOf(String root, String path) {
        String relative = path.substring(root.length() + 1);
        int dot = relative.lastIndexOf('.');
        String module = (dot > relative.lastIndexOf('/') ? relative.substring(0, dot) : relative).replace('/', '.');
        return module.equals("__init__") ? "" : module.endsWith(".__init__")
                ? module.substring(0, module.length() - ".__init__".length()) : module;
    }

    private String layerOf(String text, int start, int end) {
        for (Layer layer : policy.layers()) {
            for (String pkg : layer.packages()) {
                if (pkg.length() == end - start && text.regionMatches(start, pkg, 0, pkg.length())) {
                    return layer.name();
                }
            }
        }
        return null;
    }
}
