package dev.layoutguard.infrastructure;

import dev.layoutguard.application.ConsoleText;
import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...,title=...::message}) that put each violation on
 * the pull request's files, printed when the environment says the build runs under GitHub Actions. Paths are
 * relative to {@code GITHUB_WORKSPACE} (the checkout), or to the execution root when the project is outside it.
 * At most {@value ConsoleReport#LINES_PER_RULE} per rule, like the console.
 */
public final class GithubAnnotations {

    private final Function<String, String> environment;

    /** Annotations for the given environment, such as {@code System::getenv}. */
    public GithubAnnotations(Function<String, String> environment) {
        this.environment = environment;
    }

    /** Whether the build runs under GitHub Actions: {@code GITHUB_ACTIONS} is {@code true}. */
    public boolean enabled() {
        return "true".equals(environment.apply("GITHUB_ACTIONS"));
    }

    /** The workflow commands for a report of the project at a directory, or none outside GitHub Actions. */
    public List<String> lines(Report report, Path projectDirectory, Path executionRoot) {
        if (!enabled()) {
            return List.of();
        }
        String prefix = prefix(projectDirectory, executionRoot);
        Map<RuleId, Integer> printed = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (Violation violation : report.violations()) {
            if (printed.merge(violation.rule(), 1, Integer::sum) > ConsoleReport.LINES_PER_RULE) {
                continue;
            }
            lines.add(command(violation, prefix));
        }
        return lines;
    }

    /** One workflow command for a violation whose path gets the given directory prefix. */
    static String command(Violation violation, String prefix) {
        String path = violation.path().equals(".") ? prefix
                : prefix.isEmpty() ? violation.path() : prefix + "/" + violation.path();
        StringBuilder command = new StringBuilder("::")
                .append(violation.severity() == Severity.ERROR ? "error" : "warning").append(' ');
        if (!path.isEmpty()) {
            command.append("file=").append(property(path)).append(',');
        }
        if (violation.line() != null) {
            command.append("line=").append(violation.line()).append(',');
        }
        command.append("title=").append(property("LayoutGuard " + violation.rule().id()));
        String message = violation.fix() == null ? violation.message()
                : violation.message() + " (fix: " + violation.fix() + ")";
        return command.append("::").append(data(message)).toString();
    }

    /** The directory of a project as the repository names it: relative to the checkout, or to the execution root. */
    String prefix(Path projectDirectory, Path executionRoot) {
        Path project = projectDirectory.toAbsolutePath().normalize();
        String workspace = environment.apply("GITHUB_WORKSPACE");
        Path base = executionRoot.toAbsolutePath().normalize();
        if (workspace != null && !workspace.isBlank()) {
            Path checkout = Path.of(workspace).toAbsolutePath().normalize();
            if (project.startsWith(checkout)) {
                base = checkout;
            }
        }
        if (!project.startsWith(base)) {
            return "";
        }
        return base.relativize(project).toString().replace(File.separatorChar, '/');
    }

    /**
     * Escapes a message as GitHub's workflow-command format requires ({@code %}, CR and LF), and writes every other
     * control character as a visible escape, so that no part of it starts a line or drives the log viewer.
     */
    static String data(String text) {
        return ConsoleText.line(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** Escapes a property value: as {@link #data}, and {@code :} and {@code ,} too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
