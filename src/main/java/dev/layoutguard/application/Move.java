package dev.layoutguard.application;

import dev.layoutguard.domain.RelativePath;

/**
 * One move that fixes a violation: an entry of the project and where it belongs, both relative to the project.
 *
 * @param from the entry's path
 * @param to   its new path
 */
public record Move(String from, String to) {

    public Move {
        RelativePath.require(from, "from");
        RelativePath.require(to, "to");
    }

    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
