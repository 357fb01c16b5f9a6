package dev.layoutguard.application.settings;

/**
 * A directory of the project named in the settings: {@code src/it/java}, or {@code src/it/java?} for one that may be
 * absent (a module that lacks it).
 *
 * @param written  the value as written, for messages
 * @param path     the directory relative to the project, {@code /}-separated, without a trailing {@code /}
 * @param optional whether it may be absent
 */
public record ConfiguredDirectory(String written, String path, boolean optional) {
}
