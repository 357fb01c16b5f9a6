package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pom dependencies of the module being checked on modules of layers its layer may not use, each at the line of
 * its {@code <dependency>}. A module is of a layer when it is mapped to it or its packages lie in that one layer; a
 * module of several layers or none is not judged. Test and runtime dependencies are left out: the main code cannot
 * compile against them (tests are not layered sources, and a runtime dependency is how an outer module bundles an
 * implementation it must not use directly).
 */
final class ModuleDependencies {

    private ModuleDependencies() {
    }

    static List<Finding> of(Project project, LayerSpace space) {
        List<Finding> findings = new ArrayList<>();
        Reactor reactor = space.reactor();
        Reactor.Module own = reactor.own().orElse(null);
        String from = own == null ? null : single(space.layersOf(own));
        if (from == null) {
            return findings;
        }
        for (Reactor.Dependency dependency : own.dependencies()) {
            Optional<Reactor.Module> target = reactor.siblings().stream()
                    .filter(module -> module.artifactId().equals(dependency.artifactId())).findFirst();
            String to = target.map(module -> single(space.layersOf(module))).orElse(null);
            if (to == null || !compiled(dependency) || space.policy().mayUse(from, to)) {
                continue;
            }
            String message = LayerDependencyMessage.ofModule(space.policy(), from, to, dependency.artifactId());
            int line = dependency.line() > 0 ? dependency.line()
                    : project.read(own.pom()).map(text -> lineIn(text, dependency.artifactId())).orElse(0);
            findings.add((line > 0 ? Finding.atLine(own.pom(), line, message) : Finding.at(own.pom(), message))
                    .withReference(dependency.artifactId()));
        }
        return findings;
    }

    private static boolean compiled(Reactor.Dependency dependency) {
        return !dependency.scope().equals("test") && !dependency.scope().equals("runtime");
    }

    private static String single(Set<String> layers) {
        return layers.size() == 1 ? layers.iterator().next() : null;
    }

    /**
     * The line of the {@code <dependency>} on a module in a pom's text, past its dependency management; 0 when not
     * found. For builds that do not tell where their model's elements come from.
     */
    static int lineIn(String pom, String artifactId) {
        int managed = pom.lastIndexOf("</dependencyManagement>");
        int name = pom.indexOf("<artifactId>" + artifactId + "</artifactId>", Math.max(0, managed));
        int element = name < 0 ? -1 : pom.lastIndexOf("<dependency>", name);
        if (element < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < element; i++) {
            line += pom.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }
}
