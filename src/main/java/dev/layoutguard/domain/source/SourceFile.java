package dev.layoutguard.domain.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one Java, Kotlin or Python source says, read and lexed once per run: the facts every rule that looks inside
 * sources needs. A fact that does not apply to the file's language is empty.
 *
 * @param declaredPackage the package a Java or Kotlin file declares; the empty string when it declares none, and for
 *                        Python, whose package is where the file lies
 * @param references      in source order: every import (Python's relative ones with their leading dots, the names of
 *                        {@code from a import b} as {@code a.b} too), and the fully qualified names in Java or Kotlin
 *                        code that pass through a {@linkplain SourceWatch watched} package, whole
 * @param publicType      the first public top-level type of a Java file
 * @param testClass       what a Java or Kotlin file says about being a test
 * @param pythonTests     the tests pytest would find in a Python module
 */
public record SourceFile(String declaredPackage, List<SourceReference> references,
        Optional<JavaPublicType> publicType, JvmTestClass testClass, PythonTestModule pythonTests) {

    public SourceFile {
        references = List.copyOf(references);
    }

    /** The references as names under a base package ({@link SourceReference#under}), in source order. */
    public List<SourceReference> referencesUnder(String basePackage) {
        int baseSegments = basePackage.isEmpty() ? 0 : SourceReference.segments(basePackage);
        List<SourceReference> under = new ArrayList<>(0);
        for (SourceReference reference : references) {
            SourceReference named = reference.under(basePackage, baseSegments);
            if (named != null) {
                under.add(named);
            }
        }
        return under;
    }

    /** The references with relative imports resolved against the file's package ({@link SourceReference#from}). */
    public List<SourceReference> referencesFrom(String filePackage) {
        List<SourceReference> resolved = new ArrayList<>(references.size());
        for (SourceReference reference : references) {
            SourceReference absolute = reference.from(filePackage);
            if (absolute != null) {
                resolved.add(absolute);
            }
        }
        return resolved;
    }

    /** A file's name without its directory and extension. */
    public static String stem(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(slash + 1, dot) : path.substring(slash + 1);
    }
}
