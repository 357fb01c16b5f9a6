package dev.layoutguard.infrastructure;

import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The console form of a report: one line per violation in the form IDEs link
 * ({@code /abs/path:[line,1] [rule-id] message (fix: target)}), grouped by rule with a count, at most
 * {@value #LINES_PER_RULE} lines per rule, and a closing summary.
 */
public final class ConsoleReport {

    /** How many violations of one rule are printed before "... and N more". */
    public static final int LINES_PER_RULE = 50;

    /** How loud a line is; the Mojo maps it onto Maven's log levels. */
    public enum Level {
        ERROR,
        WARNING,
        INFO
    }

    /** One line of console output. */
    public record Line(Level level, String text) {
    }

    /** What the closing hint tells: how to make the planned moves, how to read a rule's page. */
    public enum Hint {
        FIX,
        EXPLAIN
    }

    /**
     * How the closing hint names the fix and explain goals for the front end that prints it.
     *
     * @param fix     the command that lists the moves ({@code mvn layout:fix})
     * @param apply   what makes it move them ({@code -Dlayout.apply=true})
     * @param explain the command that explains a rule, {@code <rule-id>} standing for it
     */
    public record Hints(String fix, String apply, String explain) {

        /** The plugin's goals, as Maven runs them. */
        public static final Hints MAVEN = new Hints("mvn layout:fix", "-Dlayout.apply=true",
                "mvn layout:explain -Dlayout.rule=<rule-id>");
    }

    private ConsoleReport() {
    }

    /** The lines for a report of a project at the given directory. */
    public static List<Line> lines(Report report, Path projectDirectory) {
        return lines(report, projectDirectory, Map.of());
    }

    /**
     * The lines for a report of a project at the given directory, with the limits the health line compares metrics
     * against ({@code rootFiles} to 12, say).
     */
    public static List<Line> lines(Report report, Path projectDirectory, Map<String, Integer> limits) {
        List<Line> lines = new ArrayList<>();
        Map<RuleId, List<Violation>> byRule = new LinkedHashMap<>();
        for (Violation violation : report.violations()) {
            byRule.computeIfAbsent(violation.rule(), rule -> new ArrayList<>()).add(violation);
        }
        for (Map.Entry<RuleId, List<Violation>> group : byRule.entrySet()) {
            List<Violation> violations = group.getValue();
            boolean anyError = violations.stream().anyMatch(violation -> violation.severity() == Severity.ERROR);
            Level level = anyError ? Level.ERROR : Level.WARNING;
            lines.add(new Line(level, group.getKey().id() + ": " + counted(violations)));
            for (Violation violation : violations.subList(0, Math.min(LINES_PER_RULE, violations.size()))) {
                lines.add(new Line(level(violation.severity()), format(violation, projectDirectory)));
            }
            if (violations.size() > LINES_PER_RULE) {
                lines.add(new Line(level, "... and " + (violations.size() - LINES_PER_RULE) + " more"));
            }
        }
        lines.add(new Line(summaryLevel(report), summary(report)));
        String health = health(report.metrics(), limits);
        if (!health.isEmpty()) {
            lines.add(new Line(Level.INFO, health));
        }
        return lines;
    }

    /**
     * The closing hint of a report with violations: how to fix what carries a {@code fix} and how to read about a
     * rule, leaving out what the build has already said ({@code shown} holds the {@link Hint}s printed before, by
     * earlier modules of a reactor); empty when there is nothing left to say.
     */
    public static Optional<Line> hint(Report report, Set<Hint> shown) {
        return hint(report, shown, Hints.MAVEN);
    }

    /** The closing hint as {@link #hint(Report, Set)} gives it, naming the goals as the given front end runs them. */
    public static Optional<Line> hint(Report report, Set<Hint> shown, Hints names) {
        if (report.violations().isEmpty()) {
            return Optional.empty();
        }
        boolean fix = !shown.contains(Hint.FIX) && report.violations().stream().anyMatch(v -> v.fix() != null);
        boolean explain = !shown.contains(Hint.EXPLAIN);
        String text;
        String fixing = "Run " + names.fix() + " to list the moves after 'fix:' (" + names.apply() + " makes them)";
        if (fix && explain) {
            text = fixing + ", and " + names.explain() + " to read what a rule asks and why.";
        } else if (fix) {
            text = fixing + ".";
        } else if (explain) {
            text = "Run " + names.explain() + " to read what a rule asks, why, and how to fix what it flags.";
        } else {
            return Optional.empty();
        }
        return Optional.of(new Line(summaryLevel(report), text));
    }

    /** The hints that {@link #hint} gives a report, so that a build can print each one once. */
    public static Set<Hint> hints(Report report) {
        Set<Hint> hints = EnumSet.noneOf(Hint.class);
        if (!report.violations().isEmpty()) {
            hints.add(Hint.EXPLAIN);
        }
        if (report.violations().stream().anyMatch(violation -> violation.fix() != null)) {
            hints.add(Hint.FIX);
        }
        return hints;
    }

    private static Level summaryLevel(Report report) {
        return report.errors() > 0 ? Level.ERROR : report.warnings() > 0 ? Level.WARNING : Level.INFO;
    }

    /** One violation as IDEs link it: {@code /abs/path:[line,1] [rule-id] message (fix: target)}. */
    public static String format(Violation violation, Path projectDirectory) {
        StringBuilder line = new StringBuilder(violation.path().equals(".") ? projectDirectory.toString()
                : NativeNames.text(projectDirectory, violation.path()));
        if (violation.line() != null) {
            line.append(":[").append(violation.line()).append(",1]");
        }
        line.append(" [").append(violation.rule().id()).append("] ").append(violation.message());
        if (violation.fix() != null) {
            line.append(" (fix: ").append(violation.fix()).append(')');
        }
        return line.toString();
    }

    /** The closing line: {@code N errors, M warnings, K baselined in F files, T ms}. */
    public static String summary(Report report) {
        return plural(report.errors(), "error") + ", " + plural(report.warnings(), "warning") + ", "
                + report.baselined() + " baselined in " + plural(report.files(), "file") + ", "
                + report.durationMs() + " ms";
    }

    /**
     * The health figures in one line, after the summary: {@code Layout health: 9 root files (limit 12),
     * depth 4 (limit 4), 0 misplaced files, naming 100% compliant, 40 of 42 sources in layers}; other metrics
     * follow as {@code name value}. Empty when
     * the run measured nothing worth a line.
     */
    public static String health(Map<String, Integer> metrics, Map<String, Integer> limits) {
        List<String> parts = new ArrayList<>();
        Map<String, Integer> rest = new LinkedHashMap<>(metrics);
        Integer rootFiles = rest.remove("rootFiles");
        if (rootFiles != null) {
            parts.add(plural(rootFiles, "root file") + limit(limits, "rootFiles"));
        }
        Integer depth = rest.remove("maxDepth");
        if (depth != null) {
            parts.add("depth " + depth + limit(limits, "maxDepth"));
        }
        Integer misplaced = rest.remove("misplacedFiles");
        if (misplaced != null) {
            parts.add(plural(misplaced, "misplaced file"));
        }
        rest.remove("namesChecked");
        Integer naming = rest.remove("namingCompliance");
        if (naming != null) {
            parts.add("naming " + naming + "% compliant");
        }
        Integer unitTests = rest.remove("unitTests");
        Integer mirrored = rest.remove("mirroredUnitTests");
        if (unitTests != null) {
            parts.add(unitTests == 0 ? "no unit tests" : mirrored == null ? plural(unitTests, "unit test")
                    : mirrored + " of " + plural(unitTests, "unit test") + " mirrored");
        }
        Integer untested = rest.remove("sourcesWithoutUnitTest");
        if (untested != null) {
            parts.add(plural(untested, "source") + " without a unit test");
        }
        Integer layered = rest.remove("layeredSources");
        Integer sources = rest.remove("sources");
        if (layered != null && sources != null && layered > 0) {
            parts.add(layered + " of " + plural(sources, "source") + " in layers");
        } else if (layered != null && sources == null) {
            parts.add(plural(layered, "source") + " in layers");
        }
        Integer unreadable = rest.remove("unreadableSources");
        if (unreadable != null && unreadable > 0) {
            parts.add(plural(unreadable, "source") + " could not be read");
        }
        rest.forEach((name, value) -> parts.add(name + " " + value));
        return parts.isEmpty() ? "" : "Layout health: " + String.join(", ", parts);
    }

    private static String limit(Map<String, Integer> limits, String metric) {
        Integer limit = limits.get(metric);
        return limit == null ? "" : " (limit " + limit + ")";
    }

    private static String counted(List<Violation> violations) {
        long errors = violations.stream().filter(violation -> violation.severity() == Severity.ERROR).count();
        long warnings = violations.size() - errors;
        if (errors > 0 && warnings > 0) {
            return plural(errors, "error") + ", " + plural(warnings, "warning");
        }
        return errors > 0 ? plural(errors, "error") : plural(warnings, "warning");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static Level level(Severity severity) {
        return severity == Severity.ERROR ? Level.ERROR : Level.WARNING;
    }
}
