package dev.layoutguard.infrastructure;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the reports and the console say about each rule: its page of {@code docs/rules/<id>.md}, shipped inside the
 * plugin so that {@code explain} prints the same text the documentation shows, the page's link in the repository,
 * and the descriptions and help text reports give the rule.
 */
public final class RuleDocs {

    /** Where the build puts the pages on the plugin's class path. */
    public static final String LOCATION = "META-INF/layoutguard/rules/";

    /** The plugin's source repository; every documentation link starts here. */
    public static final String REPOSITORY = "https://github.com/layoutguard/layoutguard-maven-plugin";

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

    /** The page that explains a rule: {@code docs/rules/<id>.md} in the repository. */
    public static String uri(RuleId rule) {
        return REPOSITORY + "/blob/main/docs/rules/" + rule.page();
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

    /**
     * Markdown made plain for a console: headings lose their {@code #}, bold loses its stars, code fences go and
     * their lines are indented; tables, lists and inline code stay as written.
     */
    public static List<String> console(String markdown) {
        List<String> lines = new ArrayList<>();
        boolean code = false;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            if (line.startsWith("```")) {
                code = !code;
                continue;
            }
            if (code) {
                lines.add("    " + line);
            } else if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "");
                lines.add(line.startsWith("# ") ? heading : heading.toUpperCase(Locale.ROOT));
            } else {
                lines.add(line.replace("**", ""));
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
