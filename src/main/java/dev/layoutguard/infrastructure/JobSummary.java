package dev.layoutguard.infrastructure;

import dev.layoutguard.application.ConsoleText;
import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The Markdown job summary GitHub Actions shows on a run's page: the counts per rule, the first findings linked to
 * their lines, and the layer diagram in a {@code mermaid} block. It is appended to the file
 * {@code GITHUB_STEP_SUMMARY} names, as GitHub asks of every step, and only when {@code GITHUB_ACTIONS} is
 * {@code true}. File names and messages are Markdown-escaped, so a hostile name stays text.
 */
public final class JobSummary {

    /** How many findings the summary lists; the report files hold them all. */
    static final int FINDINGS = 20;

    private final Function<String, String> environment;

    /** A summary for the given environment, such as {@code System::getenv}. */
    public JobSummary(Function<String, String> environment) {
        this.environment = environment;
    }

    /**
     * The file to append to: what {@code GITHUB_STEP_SUMMARY} names, under GitHub Actions; empty outside it or when the
     * variable is unset.
     */
    public Optional<Path> target() {
        String named = environment.apply("GITHUB_STEP_SUMMARY");
        if (!new GithubAnnotations(environment).enabled() || named == null || named.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(named));
    }

    /**
     * The Markdown of a report of the project at a directory, titled with the project's name; file links point into
     * the repository at the commit being built when {@code GITHUB_SERVER_URL}, {@code GITHUB_REPOSITORY} and
     * {@code GITHUB_SHA} are set, with paths relative to the checkout ({@code GITHUB_WORKSPACE}).
     */
    public String markdown(Report report, String title, Path projectDirectory, Path executionRoot) {
        String prefix = new GithubAnnotations(environment).prefix(projectDirectory, executionRoot);
        StringBuilder md = new StringBuilder();
        md.append("## LayoutGuard: ").append(escape(title)).append("\n\n");
        md.append("**").append(count(report.errors(), "error")).append(", ").append(count(report.warnings(), "warning"))
                .append("**, ").append(report.baselined()).append(" baselined in ").append(count(report.files(), "file"))
                .append(" (").append(escape(report.preset())).append(" preset)\n\n");
        if (!report.violations().isEmpty()) {
            md.append("| Rule | Errors | Warnings |\n|:--|--:|--:|\n");
            TreeSet<RuleId> rules = new TreeSet<>();
            report.violations().forEach(violation -> rules.add(violation.rule()));
            for (RuleId rule : rules) {
                md.append("| `").append(rule.id()).append("` | ").append(count(report, rule, Severity.ERROR))
                        .append(" | ").append(count(report, rule, Severity.WARNING)).append(" |\n");
            }
            int shown = Math.min(FINDINGS, report.violations().size());
            md.append("\n### ").append(shown == report.violations().size() ? "Findings" : "The first " + shown
                    + " of " + report.violations().size() + " findings").append("\n\n");
            report.violations().stream().limit(FINDINGS).forEach(violation -> finding(md, violation, prefix));
        }
        if (!report.layers().isEmpty()) {
            md.append("\n### Layers\n\nAllowed dependencies in grey, violating ones in red with their counts.\n\n")
                    .append("```mermaid\n").append(MermaidReportWriter.diagram(report.layers())).append("```\n");
        }
        return md.append('\n').toString();
    }

    private void finding(StringBuilder md, Violation violation, String prefix) {
        String path = violation.path().equals(".") ? prefix
                : prefix.isEmpty() ? violation.path() : prefix + "/" + violation.path();
        String shown = (path.isEmpty() ? "." : path) + (violation.line() == null ? "" : ":" + violation.line());
        md.append("- ").append(violation.severity() == Severity.ERROR ? "**error**" : "warning").append(" `")
                .append(violation.rule().id()).append("` ");
        Optional<String> link = link(path, violation.line());
        if (link.isPresent()) {
            md.append('[').append(escape(shown)).append("](").append(link.get()).append(')');
        } else {
            md.append(escape(shown));
        }
        md.append(": ").append(escape(violation.message()));
        if (violation.fix() != null) {
            md.append(" (fix: ").append(escape(violation.fix())).append(')');
        }
        md.append('\n');
    }

    /** The address of a file's line in the repository at the built commit, when GitHub names all three parts. */
    private Optional<String> link(String path, Integer line) {
        String server = environment.apply("GITHUB_SERVER_URL");
        String repository = environment.apply("GITHUB_REPOSITORY");
        String sha = environment.apply("GITHUB_SHA");
        if (path.isEmpty() || blank(server) || blank(repository) || blank(sha)
                || !server.matches("https?://[A-Za-z0-9.:-]+") || !repository.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")
                || !sha.matches("[0-9a-fA-F]{7,64}")) {
            return Optional.empty();
        }
        return Optional.of(server + "/" + repository + "/blob/" + sha + "/" + PercentEncoding.relative(path)
                + (line == null ? "" : "#L" + line));
    }

    /**
     * Appends a summary to the file, replacing what this build appended before from {@code from} on (a reactor
     * rewrites its one summary after each module); a negative {@code from}, or a file now shorter than it, only
     * appends. The file must exist and be a regular file, not a link: nothing is written anywhere else.
     *
     * @return where the summary starts in the file, to pass as {@code from} next time
     */
    public static long write(Path file, String markdown, long from) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("not a regular file (a link or a directory), and nothing else is written to");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            long start = from >= 0 && channel.size() >= from ? from : channel.size();
            channel.truncate(start);
            channel.position(start);
            try (OutputStream out = Channels.newOutputStream(channel)) {
                out.write(markdown.getBytes(StandardCharsets.UTF_8));
            }
            return start;
        }
    }

    /**
     * Text as Markdown shows it literally: every ASCII punctuation character backslash-escaped (so no emphasis, link,
     * code span, table cell or HTML can start), line breaks and other control characters as visible escapes.
     */
    static String escape(String text) {
        String line = ConsoleText.line(text);
        StringBuilder escaped = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ' && c > ' ') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static long count(Report report, RuleId rule, Severity severity) {
        return report.violationsOf(rule).stream().filter(violation -> violation.severity() == severity).count();
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
