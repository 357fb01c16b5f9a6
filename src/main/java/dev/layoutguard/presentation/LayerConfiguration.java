package dev.layoutguard.presentation;

import java.util.List;

/** One {@code <layer>} of the pom's {@code <layers><definitions>}: its name, its packages, whether it may be absent. */
public class LayerConfiguration {

    /** The name rules, messages and dependency rules use. */
    String name;

    /** The packages directly under the base package that belong to the layer; just the name when empty. */
    List<String> packages;

    /** Whether the layer may be absent without a {@code layer-missing} warning; false by default. */
    boolean optional;
}
