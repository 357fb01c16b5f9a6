package dev.layoutguard.domain.source;

/**
 * The public top-level type a Java source declares ({@code public class|interface|enum|record|@interface Name}).
 *
 * @param name the type's name
 * @param line the 1-based line of the name
 */
public record JavaPublicType(String name, int line) {
}
