package dev.layoutguard.domain;

import java.util.List;
import java.util.Map;

/**
 * One check of the project's layout. A rule returns everything it finds as values; it never throws on a
 * finding, never prints, and never decides a severity: the runner applies that from configuration. The id it
 * reports under is the {@link RuleId} that names its class.
 */
public interface Rule {

    /** Everything this rule finds in the project, in any order. */
    List<Finding> check(Project project);

    /**
     * The target layout's health figures this rule measures (report.json {@code metrics}), such as {@code rootFiles}; they
     * are reported whenever the rule's family runs, even when the rule itself is switched off.
     */
    default Map<String, Integer> metrics(Project project) {
        return Map.of();
    }
}
