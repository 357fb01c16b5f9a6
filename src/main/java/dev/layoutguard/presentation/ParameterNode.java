package dev.layoutguard.presentation;

import java.util.ArrayList;
import java.util.List;

/**
 * One parameter as a file without Maven writes it: a name with a text value (a pom element's text, a TOML string,
 * number or boolean) or with children (a pom element's child elements, a TOML table's keys or an array's items).
 * {@link FileParameters} reads a tree of them as Maven reads the plugin's {@code <configuration>}.
 *
 * @param name     the element or key name; array items carry their array's name
 * @param text     the value, or {@code null} when the node has children or is empty
 * @param children the nested parameters, in the file's order
 */
public record ParameterNode(String name, String text, List<ParameterNode> children) {

    public ParameterNode {
        children = List.copyOf(children);
    }

    /** A parameter with a text value. */
    public static ParameterNode of(String name, String text) {
        return new ParameterNode(name, text, List.of());
    }

    /**
     * This node merged over a weaker one of the same parameter, as Maven merges a plugin's configurations: a text
     * value, or a list (children that repeat a name), replaces the weaker node whole; blocks merge child by child, the
     * weaker's children first, each replaced or merged by this node's child of the same name.
     */
    public ParameterNode over(ParameterNode weaker) {
        if (children.isEmpty() || weaker.children().isEmpty() || repeats(children) || repeats(weaker.children())) {
            return this;
        }
        List<ParameterNode> merged = new ArrayList<>();
        for (ParameterNode old : weaker.children()) {
            merged.add(children.stream().filter(node -> node.name().equals(old.name())).findFirst()
                    .map(node -> node.over(old)).orElse(old));
        }
        children.stream().filter(node -> weaker.children().stream().noneMatch(old -> old.name().equals(node.name())))
                .forEach(merged::add);
        return new ParameterNode(name, text, merged);
    }

    private static boolean repeats(List<ParameterNode> nodes) {
        return nodes.stream().map(ParameterNode::name).distinct().count() < nodes.size();
    }

    /** This node with a child of the given name set to a text value, replacing the children of that name. */
    public ParameterNode with(String child, String value) {
        List<ParameterNode> replaced = new ArrayList<>();
        children.stream().filter(node -> !node.name().equals(child)).forEach(replaced::add);
        replaced.add(of(child, value));
        return new ParameterNode(name, text, replaced);
    }
}
