package dev.layoutguard.presentation;

import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.BuildLayout;
import dev.layoutguard.domain.layers.Reactor;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;
import org.apache.maven.model.Profile;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * What Maven tells about the project being checked, read into {@link Build}: the modules of the whole build, the
 * source, test and resource roots and test includes of the project's effective model, and the build's projects as
 * the layer rules see them.
 */
final class MavenBuild {

    /**
     * The packages of each module, listed once per build rather than once for every module that checks (a build of
     * n modules would list n² times); keyed by the build's request, which the sessions of parallel builders share.
     */
    private static final Map<Object, Map<Path, List<String>>> PACKAGES = Collections.synchronizedMap(
            new WeakHashMap<>());

    private MavenBuild() {
    }

    /**
     * The build of a project, with the projects of the session; without a session (a goal run outside a build), only
     * the project's own pom counts.
     */
    static Build of(MavenProject project, MavenSession session) {
        Path directory = project.getBasedir().toPath();
        String executionRoot = session == null ? null : session.getExecutionRootDirectory();
        List<MavenProject> projects = session == null ? List.of()
                : session.getAllProjects() != null ? session.getAllProjects() : session.getProjects();
        return new Build(directory, Path.of(project.getBuild().getDirectory()), modules(project, projects),
                project.isExecutionRoot(), executionRoot == null ? directory : Path.of(executionRoot), layout(project),
                reactor(project, projects, session == null ? new HashMap<>()
                        : PACKAGES.computeIfAbsent(session.getRequest(), key -> new ConcurrentHashMap<>())));
    }

    /**
     * The projects of the build as the layer rules see them: each one's artifactId, pom and packages, and the
     * project's own dependencies on the others, at the lines its pom declares them. A project built on its own is no
     * build of modules. {@code known} holds the packages of modules listed before, and gets those listed now.
     */
    static Reactor reactor(MavenProject project, List<MavenProject> session, Map<Path, List<String>> known) {
        List<MavenProject> projects = new ArrayList<>(session);
        if (projects.stream().noneMatch(each -> each.getBasedir().equals(project.getBasedir()))) {
            projects.add(project);
        }
        if (projects.size() < 2) {
            return Reactor.NONE;
        }
        Set<String> ids = new LinkedHashSet<>();
        projects.forEach(each -> ids.add(each.getGroupId() + ":" + each.getArtifactId()));
        List<Reactor.Module> modules = new ArrayList<>();
        for (MavenProject each : projects) {
            List<Path> roots = new ArrayList<>();
            layout(each).sourceRoots().forEach(root -> roots.add(Path.of(root)));
            roots.add(each.getBasedir().toPath().resolve("src/main/kotlin"));
            File pom = each.getFile();
            modules.add(new Reactor.Module(each.getArtifactId(), pom == null ? "pom.xml" : pom.getName(),
                    known.computeIfAbsent(each.getBasedir().toPath(), key -> Wiring.packages(roots)),
                    each == project ? dependencies(each, ids) : List.of()));
        }
        return new Reactor(project.getArtifactId(), modules, Map.of());
    }

    /**
     * The dependencies a project's own pom declares on projects of the build (inherited ones are its parent's
     * concern), with the line of each {@code <dependency>} when Maven tracked where its model came from.
     */
    private static List<Reactor.Dependency> dependencies(MavenProject project, Set<String> ids) {
        Model original = project.getOriginalModel();
        Set<String> declared = new LinkedHashSet<>();
        if (original != null) {
            original.getDependencies().forEach(dependency -> declared.add(dependency.getArtifactId()));
        }
        List<Reactor.Dependency> dependencies = new ArrayList<>();
        for (Dependency dependency : project.getDependencies()) {
            if (!ids.contains(dependency.getGroupId() + ":" + dependency.getArtifactId())
                    || !declared.contains(dependency.getArtifactId())) {
                continue;
            }
            InputLocation location = dependency.getLocation("");
            dependencies.add(new Reactor.Dependency(dependency.getArtifactId(),
                    dependency.getScope() == null ? "compile" : dependency.getScope(),
                    location == null ? 0 : Math.max(0, location.getLineNumber())));
        }
        return dependencies;
    }

    /**
     * Every project of the build and every directory a pom of the build declares as a module, in any profile, active
     * or not, resolved against that pom's directory: a module declared anywhere is a module. Absolute paths; the
     * project's own directory and ones outside it are left for {@link Build} to drop.
     */
    static List<String> modules(MavenProject project, List<MavenProject> session) {
        List<MavenProject> projects = new ArrayList<>();
        projects.add(project);
        projects.addAll(session);
        Set<String> modules = new LinkedHashSet<>();
        for (MavenProject each : projects) {
            Path base = each.getBasedir().toPath();
            modules.add(base.toString());
            for (String module : declaredModules(each)) {
                Path declared = base.resolve(module.replace('\\', '/')).normalize();
                // a module may name its pom file rather than its directory
                modules.add((module.endsWith(".xml") ? declared.getParent() : declared).toString());
            }
        }
        return List.copyOf(modules);
    }

    /** The modules a project's pom declares, its profiles' included, whichever are active. */
    private static Set<String> declaredModules(MavenProject project) {
        Set<String> modules = new LinkedHashSet<>(project.getModules());
        for (Model model : new Model[] {project.getModel(), project.getOriginalModel()}) {
            if (model != null) {
                for (Profile profile : model.getProfiles()) {
                    modules.addAll(profile.getModules());
                }
            }
        }
        return modules;
    }

    /** The project's roots and test includes as its effective model and its build plugins configure them. */
    static BuildLayout layout(MavenProject project) {
        BuildPlugins plugins = BuildPlugins.of(project.getBuildPlugins());
        List<String> sources = new ArrayList<>(project.getCompileSourceRoots());
        sources.addAll(plugins.sourceRoots());
        List<String> tests = new ArrayList<>(project.getTestCompileSourceRoots());
        tests.addAll(plugins.testRoots());
        List<String> resources = new ArrayList<>();
        for (List<Resource> kind : List.of(project.getBuild().getResources(), project.getBuild().getTestResources())) {
            kind.stream().map(Resource::getDirectory).filter(directory -> directory != null).forEach(resources::add);
        }
        resources.addAll(plugins.resourceRoots());
        return new BuildLayout(absolute(project, sources), absolute(project, tests), absolute(project, resources),
                plugins.unitIncludes(), plugins.integrationIncludes());
    }

    /** Paths as Maven gives them, resolved against the project directory where they are relative. */
    private static List<String> absolute(MavenProject project, List<String> paths) {
        File base = project.getBasedir();
        return paths.stream().filter(path -> path != null && !path.isBlank() && !path.contains("${"))
                .map(path -> base.toPath().resolve(path.trim()).normalize().toString()).toList();
    }
}
