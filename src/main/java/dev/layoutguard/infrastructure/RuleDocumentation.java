package dev.layoutguard.infrastructure;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;

/** Where each rule is documented, and the descriptions reports give it. */
public final class RuleDocumentation {

    /** The plugin's source repository; every documentation link starts here. */
    public static final String REPOSITORY = "https://github.com/layoutguard/layoutguard-maven-plugin";

    private RuleDocumentation() {
    }

    /** The page that explains a rule: {@code docs/rules/<id>.md} in the repository. */
    public static String uri(RuleId rule) {
        return REPOSITORY + "/blob/main/docs/rules/" + rule.id() + ".md";
    }

    /** One sentence: what the rule flags. */
    public static String shortDescription(RuleId rule) {
        String summary = rule.summary();
        return Character.toUpperCase(summary.charAt(0)) + summary.substring(1) + ".";
    }

    /** What the rule flags, its family and its default severity. */
    public static String fullDescription(RuleId rule) {
        return "The " + rule.family().label() + " rule " + rule.id() + " flags " + rule.summary() + ". It is "
                + (rule.defaultSeverity() == Severity.ERROR ? "an error" : "a warning")
                + " by default; the configuration can change that.";
    }

    /** The help text: where to read why the rule exists and how to fix what it flags. */
    public static String help(RuleId rule) {
        return fullDescription(rule) + " Why it matters and how to fix it: " + uri(rule);
    }

    /** The help text as Markdown, with the link. */
    public static String helpMarkdown(RuleId rule) {
        return fullDescription(rule) + " See [" + rule.id() + "](" + uri(rule) + ") for why it matters and how to "
                + "fix it.";
    }
}
