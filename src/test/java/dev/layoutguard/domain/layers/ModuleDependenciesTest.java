package dev.layoutguard.domain.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleDependenciesTest {

    private static final String OUTWARD = "domain depends on infrastructure (module shop-infrastructure); domain may "
            + "use only shared; invert it: let domain own an interface that infrastructure implements";

    /**
     * A shop built of modules, one per layer, shop-app mapped to presentation by artifactId since its packages say
     * nothing, and shop-domain-events-docs, whose artifactId merely holds a layer's word.
     */
    static Reactor shop(String self, List<Reactor.Dependency> dependencies) {
        List<Reactor.Module> modules = List.of(
                module("shop-domain", "com.acme.shop.domain", "com.acme.shop.domain.model"),
                module("shop-application", "com.acme.shop.application"),
                module("shop-infrastructure", "com.acme.shop.infrastructure"),
                module("shop-app", "com.acme.shop.boot"),
                module("shop-domain-events-docs", "com.acme.shop.events.docs"));
        return new Reactor(self, modules.stream().map(module -> module.artifactId().equals(self)
                ? new Reactor.Module(self, module.pom(), module.packages(), dependencies) : module).toList(),
                Map.of("shop-app", "presentation"));
    }

    private static Reactor.Module module(String artifactId, String... packages) {
        List<String> all = new ArrayList<>(List.of("com", "com.acme", "com.acme.shop"));
        all.addAll(List.of(packages));
        return new Reactor.Module(artifactId, "pom.xml", all, List.of());
    }

    private static List<Finding> check(Reactor reactor, String pom) {
        Project project = ProjectMother.with(Presets.maven()).layers(LayerPolicy::asConfigured).reactor(reactor)
                .files("pom.xml", pom, "src/main/java/com/acme/shop/Placeholder.java", "").build();
        return ModuleDependencies.of(project, LayerSpace.of(project));
    }

    @Test
    void flagsAPomDependencyOfAnInnerModuleOnAnOuterOneAtTheLineOfTheDependency() {
        Reactor reactor = shop("shop-domain", List.of(new Reactor.Dependency("shop-infrastructure", "compile", 21)));

        assertEquals(List.of(Finding.atLine("pom.xml", 21, OUTWARD).withReference("shop-infrastructure")),
                check(reactor, ""));
    }

    @Test
    void judgesAModuleMappedByArtifactIdByItsLayer() {
        Reactor reactor = shop("shop-application", List.of(new Reactor.Dependency("shop-app", "compile", 9)));

        assertEquals(List.of(Finding.atLine("pom.xml", 9, "application depends on presentation (module shop-app); "
                + "application may use only domain and shared; presentation calls application, not the other way: "
                + "move what application needs into application, and let presentation pass in the rest")
                .withReference("shop-app")), check(reactor, ""));
    }

    @Test
    void findsTheLineInThePomTextWhenTheBuildDoesNotSayPastTheDependencyManagement() {
        String pom = """
                <project>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <artifactId>shop-infrastructure</artifactId>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                    <dependency>
                      <groupId>com.acme</groupId>
                      <artifactId>shop-infrastructure</artifactId>
                    </dependency>
                  </dependencies>
                </project>
                """;
        Reactor reactor = shop("shop-domain", List.of(new Reactor.Dependency("shop-infrastructure", "compile", 0)));

        assertEquals(List.of(Finding.atLine("pom.xml", 10, OUTWARD).withReference("shop-infrastructure")),
                check(reactor, pom));
    }

    @Test
    void letsAnOuterModuleDependOnAnInnerOne() {
        assertEquals(List.of(), check(shop("shop-infrastructure", List.of(
                new Reactor.Dependency("shop-application", "compile", 12),
                new Reactor.Dependency("shop-domain", "compile", 17))), ""));
    }

    @Test
    void leavesTestAndRuntimeDependenciesAloneSinceTheMainCodeCannotCompileAgainstThem() {
        assertEquals(List.of(), check(shop("shop-domain", List.of(
                new Reactor.Dependency("shop-infrastructure", "test", 21),
                new Reactor.Dependency("shop-app", "runtime", 26))), ""));
    }

    @Test
    void leavesAModuleWhoseArtifactIdMerelyHoldsALayerWordAndThatIsNotMappedAlone() {
        assertEquals(List.of(), check(shop("shop-domain-events-docs", List.of(
                new Reactor.Dependency("shop-infrastructure", "compile", 15))), ""));
        assertEquals(List.of(), check(shop("shop-domain", List.of(
                new Reactor.Dependency("shop-domain-events-docs", "compile", 15))), ""));
    }

    @Test
    void judgesNothingOutsideABuildOfModules() {
        assertEquals(List.of(), check(Reactor.NONE, ""));
    }
}
