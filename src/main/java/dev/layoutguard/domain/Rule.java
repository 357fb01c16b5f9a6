package dev.layoutguard.domain;

import java.util.List;

/**
 * One check of the project's layout. A rule returns everything it finds as values; it never throws on a
 * finding, never prints, and never decides a severity: the runner applies that from configuration.
 */
public interface Rule {

    /** The rule id this rule reports under. */
    RuleId id();

    /** Everything this rule finds in the project, in any order. */
    List<Finding> check(Project project);
}
