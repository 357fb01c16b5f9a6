package dev.layoutguard.domain.source;

import java.util.Optional;

/**
 * The two facts the head of a Java or Kotlin file gives, as its {@link SourceFile} gives them: what a rule that asks
 * nothing of the code below the declarations reads, without the file being lexed to its end.
 *
 * @param declaredPackage the package the file declares; the empty string when it declares none
 * @param publicType      the first public top-level type of a Java file
 */
public record SourceHeader(String declaredPackage, Optional<JavaPublicType> publicType) {
}
