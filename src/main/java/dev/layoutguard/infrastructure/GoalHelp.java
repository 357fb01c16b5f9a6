package dev.layoutguard.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The plugin's goals and parameters as text for a terminal, read from the goal documentation the build ships inside
 * the plugin (the plugin descriptor with the javadoc's markup): descriptions wrapped at a width, XML examples kept as
 * blocks, links as footnotes.
 */
public final class GoalHelp {

    /** Where the build puts the goal documentation on the plugin's class path. */
    public static final String LOCATION = "META-INF/layoutguard/plugin-enhanced.xml";

    private final Element plugin;
    private final int width;

    private GoalHelp(Element plugin, int width) {
        this.plugin = plugin;
        this.width = width;
    }

    /** The help of the goal documentation this plugin ships, filling lines up to a width. */
    public static GoalHelp shipped(int width) throws IOException {
        try (InputStream in = GoalHelp.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IOException("the plugin ships no goal documentation (" + LOCATION + ")");
            }
            return read(in, width);
        }
    }

    /** The help of a plugin descriptor, filling lines up to a width. */
    public static GoalHelp read(InputStream descriptor, int width) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document document = builder.parse(descriptor);
            return new GoalHelp(document.getDocumentElement(), Math.max(40, width));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the goal documentation is not a plugin descriptor: " + e.getMessage(), e);
        }
    }

    /** The goals' names, in the descriptor's order. */
    public List<String> goals() {
        return mojos().stream().map(mojo -> child(mojo, "goal")).toList();
    }

    /**
     * The help text: the plugin, then each goal (or only the one named) with its description and, in detail, its
     * parameters with their defaults and user properties.
     *
     * @param goal   the one goal to describe, or {@code null} for all
     * @param detail whether to list each goal's parameters
     */
    public List<String> lines(String goal, boolean detail) {
        List<String> lines = new ArrayList<>();
        lines.add(child(plugin, "name") + " " + child(plugin, "version"));
        lines.addAll(prose(child(plugin, "description"), "  "));
        lines.add("");
        List<Element> mojos = mojos().stream().filter(mojo -> goal == null || child(mojo, "goal").equals(goal))
                .toList();
        if (goal == null) {
            lines.add("This plugin has " + mojos.size() + " goals:");
            lines.add("");
        }
        String prefix = child(plugin, "goalPrefix");
        for (Element mojo : mojos) {
            lines.add(prefix + ":" + child(mojo, "goal"));
            lines.addAll(prose(child(mojo, "description"), "  "));
            lines.add("");
            if (detail) {
                parameters(mojo, lines);
            }
        }
        return lines;
    }

    private void parameters(Element mojo, List<String> lines) {
        List<Element> parameters = children(first(mojo, "parameters").orElse(null), "parameter").stream()
                .filter(parameter -> !"false".equals(child(parameter, "editable"))).toList();
        if (parameters.isEmpty()) {
            return;
        }
        lines.add("  Available parameters:");
        lines.add("");
        Element configuration = first(mojo, "configuration").orElse(null);
        for (Element parameter : parameters) {
            String name = child(parameter, "name");
            Optional<Element> configured = first(configuration, name);
            String fallback = configured.map(element -> element.getAttribute("default-value")).orElse("");
            lines.add("    " + name + (fallback.isEmpty() ? "" : " (Default: " + fallback + ")"));
            lines.addAll(prose(child(parameter, "description"), "      "));
            String expression = configured.map(Node::getTextContent).orElse("").strip();
            if (expression.startsWith("${") && expression.endsWith("}")) {
                lines.add("      User property: " + expression.substring(2, expression.length() - 1));
            }
            if ("true".equals(child(parameter, "required"))) {
                lines.add("      Required: yes");
            }
            lines.add("");
        }
    }

    private List<String> prose(String html, String indent) {
        return new TerminalText(width, Optional::of).render(JavadocHtml.parse(html), indent);
    }

    private List<Element> mojos() {
        return children(first(plugin, "mojos").orElse(null), "mojo");
    }

    private static String child(Element element, String name) {
        return first(element, name).map(Node::getTextContent).orElse("").strip();
    }

    private static Optional<Element> first(Element element, String name) {
        List<Element> found = children(element, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Element> children(Element element, String name) {
        List<Element> children = new ArrayList<>();
        if (element == null) {
            return children;
        }
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                children.add(child);
            }
        }
        return children;
    }
}
