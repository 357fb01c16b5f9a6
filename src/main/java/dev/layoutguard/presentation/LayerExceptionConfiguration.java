package dev.layoutguard.presentation;

/**
 * One declared exception to the layer rules in the pom: code under {@code source} may use the {@code target} layer,
 * for the stated reason.
 *
 * <pre>{@code
 * <exception>
 *   <source>com.acme.shop.presentation.Main</source>
 *   <target>infrastructure</target>
 *   <reason>the composition root wires the adapters</reason>
 * </exception>
 * }</pre>
 */
public class LayerExceptionConfiguration {

    /** A layer name, a dotted package or type prefix, or a project-relative path prefix. */
    private String source;

    /** The layer the source may use anyway. */
    private String target;

    /** Why; required, so that every exception explains itself to the next reader. */
    private String reason;

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
