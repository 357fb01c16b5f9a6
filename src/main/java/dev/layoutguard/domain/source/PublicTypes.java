package dev.layoutguard.domain.source;

import dev.layoutguard.domain.Project;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public top-level type of each Java source, found by whichever rule first has the file's text at hand (the layer
 * scan reads every layered source), so the naming rule does not read the file again.
 */
public final class PublicTypes {

    private final Map<String, Optional<JavaPublicType>> byPath;

    /** @param files how many files the tree has: room for all, so threads recording at once never wait on a resize */
    PublicTypes(int files) {
        this.byPath = new ConcurrentHashMap<>(files);
    }

    /** The project's shared instance for this run. */
    public static PublicTypes of(Project project) {
        return project.analysis(PublicTypes.class, ignored -> new PublicTypes(project.tree().entries().size()));
    }

    /** Finds and keeps the public type of a Java source whose text a rule has read anyway. */
    public void record(String path, String text) {
        byPath.computeIfAbsent(path, key -> JavaPublicType.in(text));
    }

    /** Whether a rule already recorded the source. */
    public boolean recorded(String path) {
        return byPath.containsKey(path);
    }

    /** The recorded public type of a source, or empty when it has none or was not recorded. */
    public Optional<JavaPublicType> typeOf(String path) {
        return byPath.getOrDefault(path, Optional.empty());
    }
}
