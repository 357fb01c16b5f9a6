package dev.layoutguard.presentation;

/** One {@code <exception>} of the pom's {@code <layers><exceptions>}: code under its source may use its target. */
public class LayerExceptionConfiguration {

    /** A layer name, a dotted package or type prefix, or a project-relative path prefix. */
    String source;

    /** The layer the source may use anyway. */
    String target;

    /** Why; required, so that every exception explains itself to the next reader. */
    String reason;
}
