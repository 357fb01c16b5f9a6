package dev.layoutguard.infrastructure;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the reports and the console say about each rule: its page of {@code docs/rules/<id>.md}, shipped inside the
 * plugin so that {@code explain} and the HTML report show the same text the documentation shows, and the descriptions
 * and help text reports give the rule.
 */
public final class RuleDocs {

    /** Where the build puts the pages on the plugin's class path. */
    public static final String LOCATION = "META-INF/layoutguard/rules/";

    /** How wide {@link #console} fills prose: an 80-column terminal after Maven's {@code [INFO] } prefix. */
    public static final int CONSOLE_WIDTH = 72;

    private static final String EXPLAIN = "mvn layout:explain -Dlayout.rule=";

    private RuleDocs() {
    }

    /** The Markdown page of a rule, or empty when this version ships none. */
    public static Optional<String> page(RuleId rule) {
        try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream(LOCATION + rule.page())) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command that prints a rule's page. */
    public static String explainCommand(RuleId rule) {
        return EXPLAIN + rule.id();
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

    /** The help text: how to read why the rule exists and how to fix what it flags. */
    public static String help(RuleId rule) {
        return fullDescription(rule) + " Why it matters and how to fix it: " + explainCommand(rule);
    }

    /** The help text as Markdown. */
    public static String helpMarkdown(RuleId rule) {
        return fullDescription(rule) + " `" + explainCommand(rule) + "` prints why it matters and how to fix it.";
    }

    /**
     * A rule page made for a console: prose wrapped, code blocks indented, tables in columns, and links as footnotes
     * that name the command printing a linked rule's page, or the page of LayoutGuard's documentation.
     */
    public static List<String> console(String markdown) {
        return new TerminalText(CONSOLE_WIDTH, RuleDocs::footnote).render(Markdown.parse(markdown));
    }

    /**
     * A rule page as HTML inside a report, its links to other rules' pages pointed at the anchors the given function
     * gives (empty for a page the report does not hold, whose link is then left as text).
     */
    public static String html(String markdown, Function<RuleId, Optional<String>> anchors) {
        return new MarkdownHtml(2, target -> linkedRule(target).flatMap(anchors)).render(Markdown.parse(markdown));
    }

    /** The rule a link of a rule page points at ({@code test-naming.md}), if it points at one. */
    static Optional<RuleId> linkedRule(String target) {
        if (target.contains("/") || !target.endsWith(".md")) {
            return Optional.empty();
        }
        return RuleId.of(target.substring(0, target.length() - ".md".length()));
    }

    private static Optional<String> footnote(String target) {
        Optional<RuleId> rule = linkedRule(target);
        if (rule.isPresent()) {
            return Optional.of(explainCommand(rule.get()));
        }
        if (target.startsWith("../") && target.contains(".md")) {
            return Optional.of("docs/" + target.substring(3) + " in LayoutGuard's documentation");
        }
        return Optional.of(target);
    }
}
