package dev.layoutguard.presentation.cli;

import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.BuildLayout;
import dev.layoutguard.presentation.ParameterNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A project's pom.xml read as plain XML, without Maven, with the parent poms of the same checkout
 * ({@code <parent><relativePath>}, {@code ../pom.xml} by default) beneath it: the plugin's {@code <configuration>}
 * (from the plugins and their management of the pom and its parents, each execution's over its plugin's, the nearer
 * pom's over the farther, as Maven merges them), the modules, and the directories the build names, with Maven's
 * defaults where none names them and the roots build-helper-maven-plugin adds. Only the properties of the poms read
 * and the project's directories are resolved in values.
 */
final class PomFile {

    /** The plugin's artifact id, which marks the pom as declaring it. */
    static final String PLUGIN = "layoutguard-maven-plugin";

    private static final String BUILD_HELPER = "build-helper-maven-plugin";
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    /** How many parents are followed: a chain longer than this is a cycle or a mistake. */
    private static final int MAX_PARENTS = 32;

    private final Path file;
    private final Element project;
    private final PomFile parent;
    /** The coordinates of a parent the checkout does not hold (a remote parent), for messages; or {@code null}. */
    private final String remoteParent;
    private final Map<String, String> properties = new HashMap<>();

    private PomFile(Path file, Element project, PomFile parent, String remoteParent) {
        this.file = file;
        this.project = project;
        this.parent = parent;
        this.remoteParent = remoteParent;
        Path directory = file.toAbsolutePath().getParent();
        if (parent != null) {
            properties.putAll(parent.properties);
        }
        child(project, "properties").ifPresent(block -> children(block).forEach(property ->
                properties.put(property.getTagName(), property.getTextContent().trim())));
        properties.put("basedir", directory.toString());
        properties.put("project.basedir", directory.toString());
        properties.put("project.build.directory", buildDirectory(directory).toString());
        for (String coordinate : List.of("groupId", "artifactId", "version")) {
            Optional<String> own = child(project, coordinate).map(element -> element.getTextContent().trim());
            Optional<String> inherited = child(project, "parent").flatMap(declared -> child(declared, coordinate))
                    .map(element -> element.getTextContent().trim());
            own.or(() -> coordinate.equals("artifactId") ? Optional.empty() : inherited)
                    .ifPresent(value -> properties.put("project." + coordinate, value));
            inherited.ifPresent(value -> properties.put("project.parent." + coordinate, value));
        }
    }

    /** Reads a pom and the parents the checkout holds; malformed XML is an error naming the file and the line. */
    static PomFile read(Path file) throws ConfigurationError {
        return read(file.toAbsolutePath().normalize(), new HashSet<>());
    }

    private static PomFile read(Path file, Set<Path> seen) throws ConfigurationError {
        Element project = parse(file);
        seen.add(file);
        Optional<Element> declared = child(project, "parent");
        if (declared.isEmpty()) {
            return new PomFile(file, project, null, null);
        }
        String coordinates = text(declared.get(), "groupId") + ":" + text(declared.get(), "artifactId") + ":"
                + text(declared.get(), "version");
        Optional<Element> relative = child(declared.get(), "relativePath");
        String path = relative.map(element -> element.getTextContent().trim()).orElse("../pom.xml");
        Path candidate = path.isEmpty() ? null : file.getParent().resolve(path).normalize();
        if (candidate != null && Files.isDirectory(candidate)) {
            candidate = candidate.resolve("pom.xml");
        }
        if (candidate == null || !Files.isRegularFile(candidate) || seen.contains(candidate)
                || seen.size() > MAX_PARENTS) {
            return new PomFile(file, project, null, coordinates);
        }
        Element parentProject = parse(candidate);
        // Maven takes the file at relativePath only when it is the parent named; another project's pom is not it
        String artifactId = text(parentProject, "artifactId");
        if (!artifactId.equals(text(declared.get(), "artifactId"))) {
            return new PomFile(file, project, null, coordinates);
        }
        return new PomFile(file, project, read(candidate, seen), null);
    }

    private static Element parse(Path file) throws ConfigurationError {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(file.toFile()).getDocumentElement();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ConfigurationError("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The poms from the farthest parent the checkout holds down to this one. */
    private List<PomFile> lineage() {
        List<PomFile> lineage = new ArrayList<>();
        for (PomFile pom = this; pom != null; pom = pom.parent) {
            lineage.add(0, pom);
        }
        return lineage;
    }

    /**
     * The plugin's configuration, when this pom or a parent declares the plugin in its build's plugins or their
     * management: every configuration of it merged, the weaker first (management before plugins, a farther pom
     * before a nearer, a plugin's configuration before its executions').
     */
    Optional<ParameterNode> pluginConfiguration() throws ConfigurationError {
        List<Element> configurations = configurations(PLUGIN, true);
        if (!declares(PLUGIN)) {
            return Optional.empty();
        }
        ParameterNode merged = new ParameterNode("configuration", null, List.of());
        for (Element configuration : configurations) {
            merged = node(configuration, "").over(merged);
        }
        return Optional.of(new ParameterNode("configuration", null, merged.children()));
    }

    /** Whether this pom or a parent names the plugin in its build's plugins or their management. */
    private boolean declares(String artifactId) {
        return lineage().stream().anyMatch(pom -> !pom.declarations(artifactId, "plugins").isEmpty()
                || !pom.declarations(artifactId, "pluginManagement").isEmpty());
    }

    /**
     * A plugin's configurations across the poms, the weaker first: its management's, then its declarations', each
     * from the farthest pom to this one; with each declaration's executions' after its own when asked.
     */
    private List<Element> configurations(String artifactId, boolean executions) {
        List<Element> configurations = new ArrayList<>();
        for (String block : List.of("pluginManagement", "plugins")) {
            for (PomFile pom : lineage()) {
                for (Element plugin : pom.declarations(artifactId, block)) {
                    if (pom != this && block.equals("plugins") && text(plugin, "inherited").equals("false")) {
                        continue;
                    }
                    child(plugin, "configuration").ifPresent(configurations::add);
                    if (executions) {
                        child(plugin, "executions").ifPresent(list -> children(list).forEach(execution ->
                                child(execution, "configuration").ifPresent(configurations::add)));
                    }
                }
            }
        }
        return configurations;
    }

    /**
     * A plugin's executions across the poms, by id (an execution of a nearer pom replacing one of the same id),
     * each with its goals and configuration.
     */
    private List<Element> executions(String artifactId) {
        Map<String, Element> executions = new LinkedHashMap<>();
        for (String block : List.of("pluginManagement", "plugins")) {
            for (PomFile pom : lineage()) {
                for (Element plugin : pom.declarations(artifactId, block)) {
                    child(plugin, "executions").ifPresent(list -> children(list).forEach(execution ->
                            executions.put(text(execution, "id").isEmpty() ? "default" : text(execution, "id"),
                                    execution)));
                }
            }
        }
        return List.copyOf(executions.values());
    }

    /** This pom's declarations of a plugin in its build's plugins, or in their management. */
    private List<Element> declarations(String artifactId, String block) {
        Optional<Element> build = child(project, "build");
        Optional<Element> holder = block.equals("plugins") ? build.flatMap(element -> child(element, "plugins"))
                : build.flatMap(element -> child(element, "pluginManagement"))
                        .flatMap(management -> child(management, "plugins"));
        return holder.map(PomFile::children).orElse(List.of()).stream()
                .filter(plugin -> text(plugin, "artifactId").equals(artifactId)).toList();
    }

    /**
     * The test classes a runner (Surefire, Failsafe) includes, as its configurations and its executions' name them;
     * empty when none names its own, and the runner's defaults then hold.
     */
    private List<String> includes(String runner) {
        List<String> includes = new ArrayList<>();
        List<Element> configurations = configurations(runner, true);
        // the nearest configuration that names includes decides, as Maven's merge lets the dominant list win
        for (int i = configurations.size() - 1; i >= 0 && includes.isEmpty(); i--) {
            child(configurations.get(i), "includes").ifPresent(block -> children(block).forEach(include ->
                    includes.add(include.getTextContent().trim())));
        }
        return includes;
    }

    /**
     * The roots build-helper-maven-plugin adds in the executions that run a goal ({@code add-source}), from the
     * execution's configuration, or the plugin's when the execution names none; relative to the project.
     */
    private List<String> helperRoots(String goal, String... path) {
        if (!declares(BUILD_HELPER)) {
            return List.of();
        }
        List<Element> plugin = configurations(BUILD_HELPER, false);
        Set<String> roots = new LinkedHashSet<>();
        for (Element execution : executions(BUILD_HELPER)) {
            boolean runs = child(execution, "goals").map(goals -> children(goals).stream()
                    .anyMatch(element -> element.getTextContent().trim().equals(goal))).orElse(false);
            if (!runs) {
                continue;
            }
            List<String> own = child(execution, "configuration").map(configuration -> values(configuration, path))
                    .orElse(List.of());
            if (own.isEmpty()) {
                for (int i = plugin.size() - 1; i >= 0 && own.isEmpty(); i--) {
                    own = values(plugin.get(i), path);
                }
            }
            own.stream().map(value -> PROPERTY.matcher(value).find() ? resolvedOr(value, "") : value)
                    .filter(value -> !value.isEmpty()).forEach(roots::add);
        }
        return List.copyOf(roots);
    }

    /** The texts at a path of element names below an element. */
    private static List<String> values(Element element, String... path) {
        List<Element> level = List.of(element);
        for (String name : path) {
            List<Element> next = new ArrayList<>();
            level.forEach(holder -> children(holder).stream().filter(child -> child.getTagName().equals(name))
                    .forEach(next::add));
            level = next;
        }
        return level.stream().map(found -> found.getTextContent().trim()).filter(value -> !value.isEmpty()).toList();
    }

    /** What the pom tells about the build: its modules, in any profile, and its directories. */
    Build build(Path directory) {
        List<String> modules = new ArrayList<>();
        List<Element> holders = new ArrayList<>(List.of(project));
        child(project, "profiles").ifPresent(profiles -> holders.addAll(children(profiles)));
        for (Element holder : holders) {
            child(holder, "modules").ifPresent(block -> children(block).forEach(module -> {
                String path = module.getTextContent().trim().replace('\\', '/');
                Path declared = directory.resolve(path).normalize();
                modules.add((path.endsWith(".xml") ? declared.getParent() : declared).toString());
            }));
        }
        List<String> sources = new ArrayList<>(List.of(buildText("sourceDirectory", "src/main/java")));
        sources.addAll(helperRoots("add-source", "sources", "source"));
        List<String> tests = new ArrayList<>(List.of(buildText("testSourceDirectory", "src/test/java")));
        tests.addAll(helperRoots("add-test-source", "sources", "source"));
        List<String> resources = new ArrayList<>();
        resources.addAll(resources("resources", "resource", "src/main/resources"));
        resources.addAll(resources("testResources", "testResource", "src/test/resources"));
        resources.addAll(helperRoots("add-resource", "resources", "resource", "directory"));
        resources.addAll(helperRoots("add-test-resource", "resources", "resource", "directory"));
        return new Build(directory, buildDirectory(directory), modules, true, directory,
                new BuildLayout(sources, tests, resources, includes("maven-surefire-plugin"),
                        includes("maven-failsafe-plugin")));
    }

    private Path buildDirectory(Path directory) {
        return directory.resolve(buildText("directory", "target"));
    }

    /**
     * A directory the build names, from this pom or the nearest parent that names it (Maven inherits the build's
     * directories, relative to each project), or the default.
     */
    private String buildText(String name, String fallback) {
        for (PomFile pom = this; pom != null; pom = pom.parent) {
            Optional<String> value = child(pom.project, "build").flatMap(element -> child(element, name))
                    .map(element -> element.getTextContent().trim()).filter(text -> !text.isEmpty());
            if (value.isPresent()) {
                return PROPERTY.matcher(value.get()).find() ? resolvedOr(value.get(), fallback) : value.get();
            }
        }
        return fallback;
    }

    /** The resource directories of this pom's build, or of the nearest parent that lists them, or the default. */
    private List<String> resources(String block, String item, String fallback) {
        for (PomFile pom = this; pom != null; pom = pom.parent) {
            Optional<Element> holder = child(pom.project, "build").flatMap(element -> child(element, block));
            if (holder.isPresent()) {
                List<String> directories = new ArrayList<>();
                for (Element resource : children(holder.get())) {
                    if (resource.getTagName().equals(item)) {
                        child(resource, "directory").map(element -> element.getTextContent().trim())
                                .ifPresent(directories::add);
                    }
                }
                return directories;
            }
        }
        return List.of(fallback);
    }

    private String resolvedOr(String value, String fallback) {
        try {
            return resolve(value, "build");
        } catch (ConfigurationError e) {
            return fallback;
        }
    }

    /** An element as a parameter: its text, or its child elements; property references resolved. */
    private ParameterNode node(Element element, String path) throws ConfigurationError {
        String key = path.isEmpty() ? "" : path.substring(1);
        List<Element> elements = children(element);
        if (elements.isEmpty()) {
            String text = element.getTextContent();
            return ParameterNode.of(element.getTagName(), text == null ? null : resolve(text, key));
        }
        List<ParameterNode> nodes = new ArrayList<>();
        for (Element child : elements) {
            nodes.add(node(child, path + "." + child.getTagName()));
        }
        return new ParameterNode(element.getTagName(), null, nodes);
    }

    private String resolve(String value, String key) throws ConfigurationError {
        Matcher matcher = PROPERTY.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String property = properties.get(matcher.group(1));
            if (property == null) {
                throw new ConfigurationError("In " + file + ", <configuration> of " + PLUGIN + ": the value '"
                        + value.trim() + "' of '" + key + "' uses ${" + matcher.group(1) + "}, which "
                        + unresolvable() + "; write the value itself, or run mvn layout:check", null);
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(property));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    /** Why a property is unknown here, naming the poms read and a parent that could not be. */
    private String unresolvable() {
        List<String> read = lineage().stream().map(pom -> pom.file.toString()).toList();
        String remote = lineage().get(0).remoteParent;
        String where = read.size() == 1 ? "this pom does not define" : "neither this pom nor its parents ("
                + String.join(", ", read.subList(0, read.size() - 1)) + ") define";
        return where + (remote == null ? "" : ", and the parent " + remote + " is not in this checkout (only Maven "
                + "fetches it)") + "; the command line reads no profiles, settings.xml or environment";
    }

    private static String text(Element parent, String name) {
        return child(parent, name).map(element -> element.getTextContent().trim()).orElse("");
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(element -> element.getTagName().equals(name)).findFirst();
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}
