package dev.layoutguard.infrastructure;

import dev.layoutguard.domain.RuleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule pages of {@code docs/rules/<id>.md}, shipped inside the plugin so that {@code explain} prints the same text
 * the documentation shows, and their light rendering for a console.
 */
public final class RuleDocs {

    /** Where the build puts the pages on the plugin's class path. */
    public static final String LOCATION = "META-INF/layoutguard/rules/";

    private RuleDocs() {
    }

    /** The Markdown page of a rule, or empty when this version ships none. */
    public static Optional<String> page(RuleId rule) {
        try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream(LOCATION + rule.id() + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                lines.add(line.startsWith("# ") ? heading : heading.toUpperCase(java.util.Locale.ROOT));
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
