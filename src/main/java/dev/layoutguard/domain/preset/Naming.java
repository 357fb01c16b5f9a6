package dev.layoutguard.domain.preset;

/** The naming convention a preset's sources follow. */
public enum Naming {
    /** Python: modules and packages in {@code snake_case}. */
    SNAKE_CASE,
    /** Java and Kotlin: lower-case packages, a file named for its public type. */
    JAVA
}
