package dev.layoutguard.domain.tree;

/**
 * A part of the project the walk or a read could not look into, and why, so that a check that could not see
 * everything says so instead of passing in silence.
 *
 * @param path   relative to the project, {@code /}-separated
 * @param reason why, as the system put it ({@code permission denied}, {@code File name too long})
 */
public record Skipped(String path, String reason) {
}
