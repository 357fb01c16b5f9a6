package dev.layoutguard.domain.layers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The modules of the build the project is one of, as the layer rules see them: one layer space spans them all, so a
 * layer a sibling holds is not missing, and a module's dependency on another is judged by the same graph.
 *
 * @param self    the artifactId of the module being checked, or {@code null} outside a build of modules
 * @param modules the modules of the build, the one being checked included
 * @param mapped  for an artifactId, the layer its module is mapped to when its packages do not say it
 */
public record Reactor(String self, List<Module> modules, Map<String, String> mapped) {

    /** A project built on its own: no siblings, nothing mapped. */
    public static final Reactor NONE = new Reactor(null, List.of(), Map.of());

    public Reactor {
        modules = List.copyOf(modules);
        mapped = Map.copyOf(mapped);
    }

    /**
     * One module of the build.
     *
     * @param artifactId   its artifactId
     * @param pom          its pom file, relative to the module's directory ({@code pom.xml})
     * @param packages     the dotted packages its source roots hold, relative to each root
     * @param dependencies its pom's dependencies on other modules of the build, in the pom's order
     */
    public record Module(String artifactId, String pom, List<String> packages, List<Dependency> dependencies) {

        public Module {
            packages = List.copyOf(packages);
            dependencies = List.copyOf(dependencies);
        }
    }

    /**
     * A pom {@code <dependency>} on another module of the build.
     *
     * @param artifactId the module depended on
     * @param scope      its scope ({@code compile} when the pom says none)
     * @param line       the line of the {@code <dependency>} element in the pom, or 0 when the build does not say
     */
    public record Dependency(String artifactId, String scope, int line) {
    }

    /** The same modules with artifactIds mapped to layers. */
    public Reactor withMapped(Map<String, String> layers) {
        return new Reactor(self, modules, new LinkedHashMap<>(layers));
    }

    /** The module being checked, when the build names it. */
    public Optional<Module> own() {
        return modules.stream().filter(module -> module.artifactId().equals(self)).findFirst();
    }

    /** The other modules of the build. */
    public List<Module> siblings() {
        return modules.stream().filter(module -> !module.artifactId().equals(self)).toList();
    }
}
