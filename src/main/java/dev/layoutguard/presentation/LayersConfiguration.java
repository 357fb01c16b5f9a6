package dev.layoutguard.presentation;

import java.util.List;

/** The pom's {@code <layers>} block, as Maven fills it; {@code docs/configuration.md} shows it in XML. */
public class LayersConfiguration {

    /** The dotted package that holds the layers; detected when not set (the package holding the most layers). */
    String basePackage;

    /** Layers that replace the preset's, in the order reports list them. */
    List<LayerConfiguration> definitions;

    /** The dependency graph that replaces the preset's: one {@code layer -> layer, layer} per entry. */
    List<String> dependencies;

    /** Edges added to the graph, written like {@code dependencies}: {@code presentation -> infrastructure}. */
    List<String> allow;

    /** Names of layers that may be absent without a {@code layer-missing} warning. */
    List<String> optional;

    /** Declared exceptions, each with a source, a target layer and a reason. */
    List<LayerExceptionConfiguration> exceptions;

    /**
     * The directories holding the layered sources, relative to the project, {@code *} matching one directory
     * ({@code src/*}{@code /main/java}); they replace the build's compile source roots and {@code src/main/kotlin}
     * ({@code src} in the python preset).
     */
    List<String> sourceRoots;

    /**
     * Whether a file's layer is the first package at any depth below the base package that names a layer
     * ({@code com.acme.billing.domain} is {@code domain} under {@code com.acme}); detected when not set: true when
     * several sibling packages each hold layers.
     */
    Boolean anyDepth;

    /** What a layer may not import, one {@code layer -> prefix, prefix} per entry: {@code domain -> org.springframework}. */
    List<String> forbidden;

    /**
     * Modules of the build mapped to a layer by artifactId, one {@code artifactId -> layer} per entry
     * ({@code shop-app -> presentation}), for modules whose packages do not say their layer.
     */
    List<String> modules;
}
