package dev.layoutguard.application.settings;

import java.util.List;

/**
 * One line of a layer dependency graph as written: {@code adapter -> port, core}; {@code core ->} allows nothing.
 *
 * @param written the line as written, for messages
 * @param from    the layer whose dependencies it lists
 * @param to      the layers it may use
 */
public record LayerEdge(String written, String from, List<String> to) {

    public LayerEdge {
        to = List.copyOf(to);
    }
}
