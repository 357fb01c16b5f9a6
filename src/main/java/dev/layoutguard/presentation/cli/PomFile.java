package dev.layoutguard.presentation.cli;

import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.BuildLayout;
import dev.layoutguard.presentation.ParameterNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * A project's pom.xml read as plain XML, without Maven: the plugin's {@code <configuration>} (its executions' merged
 * over it, as Maven merges them), the modules, and the directories the build names, with Maven's defaults where it
 * names none. Only the pom's own properties and the project's directories are resolved in values.
 */
final class PomFile {

    /** The plugin's artifact id, which marks the pom as declaring it. */
    static final String PLUGIN = "layoutguard-maven-plugin";

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private final Path file;
    private final Element project;
    private final Map<String, String> properties = new HashMap<>();

    private PomFile(Path file, Element project) {
        this.file = file;
        this.project = project;
        Path directory = file.toAbsolutePath().getParent();
        child(project, "properties").ifPresent(block -> children(block).forEach(property ->
                properties.put(property.getTagName(), property.getTextContent().trim())));
        properties.put("basedir", directory.toString());
        properties.put("project.basedir", directory.toString());
        properties.put("project.build.directory", buildDirectory(directory).toString());
        child(project, "artifactId").ifPresent(id -> properties.put("project.artifactId", id.getTextContent().trim()));
    }

    /** Reads a pom; malformed XML is an error naming the file and the line. */
    static PomFile read(Path file) throws ConfigurationError {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return new PomFile(file, builder.parse(file.toFile()).getDocumentElement());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ConfigurationError("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The plugin's configuration, when the pom declares the plugin in its build's plugins (or their management):
     * the plugin's {@code <configuration>} with each execution's children over it.
     */
    Optional<ParameterNode> pluginConfiguration() throws ConfigurationError {
        Optional<Element> plugin = plugin(PLUGIN);
        if (plugin.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ParameterNode> merged = new LinkedHashMap<>();
        for (Element configuration : configurations(plugin.get())) {
            for (ParameterNode node : node(configuration, "").children()) {
                merged.put(node.name(), node);
            }
        }
        return Optional.of(new ParameterNode("configuration", null, List.copyOf(merged.values())));
    }

    /** The pom's declaration of a plugin, in its build's plugins or their management. */
    private Optional<Element> plugin(String artifactId) {
        Optional<Element> build = child(project, "build");
        List<Element> plugins = new ArrayList<>();
        build.flatMap(element -> child(element, "plugins")).ifPresent(block -> plugins.addAll(children(block)));
        build.flatMap(element -> child(element, "pluginManagement")).flatMap(management -> child(management,
                "plugins")).ifPresent(block -> plugins.addAll(children(block)));
        return plugins.stream().filter(plugin -> child(plugin, "artifactId")
                .map(id -> id.getTextContent().trim().equals(artifactId)).orElse(false)).findFirst();
    }

    /** A plugin's {@code <configuration>}, then its executions' in order. */
    private static List<Element> configurations(Element plugin) {
        List<Element> configurations = new ArrayList<>();
        child(plugin, "configuration").ifPresent(configurations::add);
        child(plugin, "executions").ifPresent(executions -> children(executions).forEach(execution ->
                child(execution, "configuration").ifPresent(configurations::add)));
        return configurations;
    }

    /**
     * The test classes a runner (Surefire, Failsafe) includes, as its configuration and its executions' name them;
     * empty when none names its own, and the runner's defaults then hold.
     */
    private List<String> includes(String runner) {
        List<String> includes = new ArrayList<>();
        for (Element configuration : plugin(runner).map(PomFile::configurations).orElse(List.of())) {
            child(configuration, "includes").ifPresent(block -> children(block).forEach(include ->
                    includes.add(include.getTextContent().trim())));
        }
        return includes;
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
        Optional<Element> build = child(project, "build");
        List<String> sources = List.of(text(build, "sourceDirectory", "src/main/java"));
        List<String> tests = List.of(text(build, "testSourceDirectory", "src/test/java"));
        List<String> resources = new ArrayList<>();
        resources.addAll(resources(build, "resources", "resource", "src/main/resources"));
        resources.addAll(resources(build, "testResources", "testResource", "src/test/resources"));
        return new Build(directory, buildDirectory(directory), modules, true, directory,
                new BuildLayout(sources, tests, resources, includes("maven-surefire-plugin"),
                        includes("maven-failsafe-plugin")));
    }

    private Path buildDirectory(Path directory) {
        return directory.resolve(text(child(project, "build"), "directory", "target"));
    }

    private String text(Optional<Element> build, String name, String fallback) {
        return build.flatMap(element -> child(element, name)).map(element -> element.getTextContent().trim())
                .filter(value -> !value.isEmpty()).map(value -> PROPERTY.matcher(value).find() ? resolvedOr(value,
                        fallback) : value).orElse(fallback);
    }

    private List<String> resources(Optional<Element> build, String block, String item, String fallback) {
        Optional<Element> holder = build.flatMap(element -> child(element, block));
        if (holder.isEmpty()) {
            return List.of(fallback);
        }
        List<String> directories = new ArrayList<>();
        for (Element resource : children(holder.get())) {
            if (resource.getTagName().equals(item)) {
                child(resource, "directory").map(element -> element.getTextContent().trim())
                        .ifPresent(directories::add);
            }
        }
        return directories;
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
                        + value.trim() + "' of '" + key + "' uses ${" + matcher.group(1) + "}, which only Maven "
                        + "resolves; write the value itself, or run mvn layout:check", null);
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(property));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
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
