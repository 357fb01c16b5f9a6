package dev.layoutguard.presentation;

import java.util.ArrayList;
import java.util.List;

/**
 * One layer in the pom: its name, the packages directly under the base package that hold it, and whether it may be
 * absent.
 *
 * <pre>{@code
 * <layer>
 *   <name>adapter</name>
 *   <packages>
 *     <package>web</package>
 *     <package>persistence</package>
 *   </packages>
 * </layer>
 * }</pre>
 */
public class LayerConfiguration {

    /** The name rules, messages and dependency rules use. */
    private String name;

    /** The packages directly under the base package that belong to the layer; just the name when empty. */
    private List<String> packages = new ArrayList<>();

    /** Whether the layer may be absent without a {@code layer-missing} warning; false by default. */
    private boolean optional;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getPackages() {
        return packages;
    }

    public void setPackages(List<String> packages) {
        this.packages = packages;
    }

    public boolean isOptional() {
        return optional;
    }

    public void setOptional(boolean optional) {
        this.optional = optional;
    }
}
