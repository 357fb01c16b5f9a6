package dev.layoutguard.domain.source;

import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.Preset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the per-file analysis looks out for beyond what it always keeps, decided by the preset alone, before any file
 * is read: the package names that make a fully qualified name in Java or Kotlin code worth keeping (the layers'
 * packages: a name that reaches into a layer passes through one, whatever the base package and however deep it
 * lies), and the simple names of the annotations that mark a test method ({@code Test}, {@code ParameterizedTest}).
 */
public final class SourceWatch {

    /** Watches nothing: keeps imports and package declarations only, and counts no test annotations. */
    public static final SourceWatch NOTHING = new SourceWatch(Set.of(), Set.of());

    private final String[] segments;
    private final String[] testAnnotations;

    public SourceWatch(Collection<String> segments, Collection<String> testAnnotations) {
        this.segments = new LinkedHashSet<>(segments).toArray(String[]::new);
        this.testAnnotations = new LinkedHashSet<>(testAnnotations).toArray(String[]::new);
    }

    /** What a preset's rules need: its layers' packages and its test annotations. */
    public static SourceWatch of(Preset preset) {
        Set<String> packages = new LinkedHashSet<>();
        for (Layer layer : preset.layers().layers()) {
            packages.addAll(layer.packages());
        }
        return new SourceWatch(packages, preset.tests().testAnnotations());
    }

    /** Whether a segment of a name in code, the text from {@code start} to {@code end}, makes the name kept. */
    boolean watches(String text, int start, int end) {
        return any(segments, text, start, end);
    }

    /** Whether an annotation's simple name, the text from {@code start} to {@code end}, marks a test. */
    boolean isTestAnnotation(String text, int start, int end) {
        return any(testAnnotations, text, start, end);
    }

    /** Compared in place: asked of every name chain and annotation of every file. */
    private static boolean any(String[] words, String text, int start, int end) {
        int length = end - start;
        for (String word : words) {
            if (word.length() == length && text.regionMatches(start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }
}
