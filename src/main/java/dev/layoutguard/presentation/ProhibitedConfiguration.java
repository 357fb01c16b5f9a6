package dev.layoutguard.presentation;

/**
 * One prohibited root entry in the pom: a name pattern, where such entries go, and what they are.
 *
 * <pre>{@code
 * <prohibit>
 *   <entry>
 *     <pattern>*.bak</pattern>
 *     <description>backup file in the project root</description>
 *   </entry>
 *   <entry>
 *     <pattern>notes/</pattern>
 *     <target>docs/notes/</target>
 *   </entry>
 * </prohibit>
 * }</pre>
 */
public class ProhibitedConfiguration {

    /** A glob over the entry name; a trailing {@code /} matches directories instead of files. */
    private String pattern;

    /** Where matching entries go: a directory ending in {@code /}, or a path; none means "remove it". */
    private String target;

    /** What such an entry is, as the message says; defaults to "prohibited entry in the project root". */
    private String description;

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
