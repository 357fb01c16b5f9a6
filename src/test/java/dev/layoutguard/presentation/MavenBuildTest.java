package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.BuildLayout;
import dev.layoutguard.domain.layers.Reactor;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Profile;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenBuildTest {

    private static final Path ROOT = Path.of("/work/jacoco").toAbsolutePath();

    @Test
    void aModuleDeclaredByAnAggregatorInASubdirectoryIsAModuleOfTheRoot() {
        // jacoco: the root pom aggregates org.jacoco.build/, which declares ../org.jacoco.core and, in a profile that
        // is not active, ../org.jacoco.core.test.validation.java14
        MavenProject root = project(ROOT, "org.jacoco.build");
        MavenProject aggregator = project(ROOT.resolve("org.jacoco.build"), "../org.jacoco.core");
        aggregator.getModel().addProfile(profile("java14", "../org.jacoco.core.test.validation.java14"));
        MavenProject core = project(ROOT.resolve("org.jacoco.core"));

        List<String> modules = build(root, List.of(root, aggregator, core)).modules();

        assertEquals(List.of("org.jacoco.build", "org.jacoco.core", "org.jacoco.core.test.validation.java14"),
                modules);
    }

    @Test
    void withoutASessionOnlyThePomsOwnModulesCount() {
        MavenProject root = project(ROOT, "core", "tools/pom-cli.xml");
        root.getModel().addProfile(profile("extra", "extra"));

        assertEquals(List.of("core", "tools", "extra"), build(root, List.of()).modules());
    }

    @Test
    void aModuleCountsWhereverThePomThatDeclaresItSits() {
        MavenProject root = project(ROOT, "core");
        MavenProject sibling = project(ROOT.resolve("../elsewhere").normalize(), "../jacoco/examples-it");

        // a pom outside the project may name a directory inside it: that one is a module too
        assertEquals(List.of("core", "examples-it"), build(root, List.of(root, sibling)).modules());
    }

    @Test
    void readsTheRootsAndIncludesOfTheEffectiveModel() throws Exception {
        MavenProject module = project(ROOT.resolve("org.jacoco.core.test"));
        module.getCompileSourceRoots().add(ROOT.resolve("org.jacoco.core.test/src").toString());
        module.getCompileSourceRoots().add(ROOT.resolve("org.jacoco.core.test/target/generated-sources/x").toString());
        module.getTestCompileSourceRoots().add(ROOT.resolve("org.jacoco.core.test/src/test/java").toString());
        Resource resources = new Resource();
        resources.setDirectory("src");
        module.getBuild().addResource(resources);
        Plugin surefire = new Plugin();
        surefire.setArtifactId("maven-surefire-plugin");
        surefire.setConfiguration(Xpp3DomBuilder.build(new StringReader("<configuration><testSourceDirectory>"
                + ROOT.resolve("org.jacoco.core.test/src") + "</testSourceDirectory><includes><include>**/*Test.java"
                + "</include></includes></configuration>")));
        module.getBuild().addPlugin(surefire);

        BuildLayout layout = build(module, List.of()).layout();

        assertEquals(List.of("src"), layout.sourceRoots());
        assertEquals(List.of("src/test/java", "src"), layout.testRoots());
        assertEquals(List.of("src"), layout.resourceRoots());
        assertEquals(List.of("**/*Test.java"), layout.unitIncludes());
        assertEquals(List.of(), layout.integrationIncludes());
    }

    @Test
    void readsTheBuildsModulesWithTheirPackagesAndTheProjectsOwnDependenciesOnThemAtTheirLines(
            @TempDir Path directory) throws Exception {
        MavenProject domain = module(directory, "shop-domain", "com/acme/shop/domain/model");
        MavenProject application = module(directory, "shop-application", "com/acme/shop/application");
        MavenProject infrastructure = module(directory, "shop-infrastructure", "com/acme/shop/infrastructure");
        Dependency outward = dependency("shop-infrastructure", null, 18);
        Dependency tests = dependency("shop-application", "test", 0);
        Dependency junit = dependency("junit-jupiter", "test", 30);
        junit.setGroupId("org.junit.jupiter");
        Model original = new Model();
        List.of(outward, tests, junit).forEach(original::addDependency);
        domain.setOriginalModel(original);
        // one the parent declares: the parent's pom says it, not this one
        List.of(outward, tests, junit, dependency("shop-app", null, 40)).forEach(domain.getModel()::addDependency);
        MavenProject app = module(directory, "shop-app", "com/acme/shop/boot");

        Reactor reactor = MavenBuild.reactor(domain, List.of(domain, application, infrastructure, app),
                new HashMap<>());

        assertEquals("shop-domain", reactor.self());
        assertEquals(List.of("com", "com.acme", "com.acme.shop", "com.acme.shop.domain", "com.acme.shop.domain.model"),
                reactor.own().orElseThrow().packages());
        assertEquals(List.of(new Reactor.Dependency("shop-infrastructure", "compile", 18),
                new Reactor.Dependency("shop-application", "test", 0)), reactor.own().orElseThrow().dependencies());
        assertEquals(List.of("shop-application", "shop-infrastructure", "shop-app"), reactor.siblings().stream()
                .map(Reactor.Module::artifactId).toList());
        assertEquals("pom.xml", reactor.siblings().get(0).pom());
    }

    @Test
    void listsEachModulesPackagesOnceForTheWholeBuild(@TempDir Path directory) throws Exception {
        MavenProject domain = module(directory, "shop-domain", "com/acme/shop/domain");
        MavenProject application = module(directory, "shop-application", "com/acme/shop/application");
        Map<Path, List<String>> known = new HashMap<>();
        MavenBuild.reactor(domain, List.of(domain, application), known);
        Files.createDirectories(directory.resolve("shop-application/src/main/java/com/acme/shop/later"));

        Reactor reactor = MavenBuild.reactor(application, List.of(domain, application), known);

        assertEquals(List.of("com", "com.acme", "com.acme.shop", "com.acme.shop.application"),
                reactor.own().orElseThrow().packages());
    }

    @Test
    void aProjectBuiltOnItsOwnIsNoBuildOfModules(@TempDir Path directory) throws Exception {
        MavenProject alone = module(directory, "shop", "com/acme/shop/domain");

        assertEquals(Reactor.NONE, MavenBuild.reactor(alone, List.of(alone), new HashMap<>()));
    }

    private static MavenProject module(Path parent, String artifactId, String pkg) throws Exception {
        Path directory = parent.resolve(artifactId);
        Files.createDirectories(directory.resolve("src/main/java").resolve(pkg));
        MavenProject project = project(directory);
        project.setGroupId("com.acme.shop");
        project.setArtifactId(artifactId);
        project.getCompileSourceRoots().add(directory.resolve("src/main/java").toString());
        return project;
    }

    private static Dependency dependency(String artifactId, String scope, int line) {
        Dependency dependency = new Dependency();
        dependency.setGroupId("com.acme.shop");
        dependency.setArtifactId(artifactId);
        dependency.setScope(scope);
        if (line > 0) {
            dependency.setLocation("", new InputLocation(line, 5));
        }
        return dependency;
    }

    private static Build build(MavenProject project, List<MavenProject> session) {
        Path directory = project.getBasedir().toPath();
        return new Build(directory, directory.resolve("target"), MavenBuild.modules(project, session), true,
                directory, MavenBuild.layout(project));
    }

    private static MavenProject project(Path directory, String... modules) {
        Model model = new Model();
        List.of(modules).forEach(model::addModule);
        MavenProject project = new MavenProject(model);
        project.setFile(directory.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(directory.resolve("target").toString());
        return project;
    }

    private static Profile profile(String id, String... modules) {
        Profile profile = new Profile();
        profile.setId(id);
        List.of(modules).forEach(profile::addModule);
        return profile;
    }
}
