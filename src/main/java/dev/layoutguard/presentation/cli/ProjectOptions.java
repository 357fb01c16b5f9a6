package dev.layoutguard.presentation.cli;

import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.presentation.Commands;
import dev.layoutguard.presentation.ReportOutput;
import dev.layoutguard.presentation.Wiring;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The project directory and the options every checking command takes: each sets the pom parameter of the same name,
 * over what the project's configuration file says.
 */
final class ProjectOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "The project directory; the current directory when not given.")
    String directory = ".";

    @Option(names = "--preset", paramLabel = "NAME", description = "The layout preset: auto, maven or python.")
    String preset;

    @Option(names = "--rules", paramLabel = "IDS", description = "A comma list of rule ids to run.")
    String rules;

    @Option(names = "--skip-rules", paramLabel = "IDS", description = "A comma list of rule ids not to run.")
    String skipRules;

    @Option(names = "--formats", paramLabel = "LIST",
            description = "Report files to write: a comma list of json, sarif, html, junit, mermaid; empty for none.")
    String formats;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Where report files go; target/layout when not given.")
    String output;

    @Option(names = "--fail-on-warning", description = "Fails (exit code 1) on warnings too.")
    boolean failOnWarning;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "The baseline file, inside the project; config/layout-baseline.json when not given.")
    String baseline;

    @Option(names = "--baseline-strict", description = "Makes a baseline entry that no longer matches an error.")
    boolean baselineStrict;

    @Option(names = "--no-cache", description = "Checks again even when nothing changed since the last check, "
            + "instead of answering from the result kept in the output directory's cache.")
    boolean noCache;

    /** The project directory, absolute; one that does not exist is an error naming it. */
    Path directory() throws ConfigurationError {
        try {
            Path path = Path.of(directory).toAbsolutePath().normalize();
            if (!Files.isDirectory(path)) {
                throw new ConfigurationError("No project directory at " + path + " (argument DIR)", null);
            }
            return path;
        } catch (InvalidPathException e) {
            throw new ConfigurationError("Not a directory: '" + directory + "' (argument DIR): " + e.getMessage(), e);
        }
    }

    /** The configuration of the project: its pom, pyproject.toml or config/layoutguard.toml. */
    ProjectConfiguration configuration() throws ConfigurationError {
        return ProjectConfiguration.of(directory());
    }

    /**
     * A run of a command on the project, with its settings and where it prints; empty, and saying so, when the
     * configuration sets {@code skip}.
     */
    Optional<Run> open(Terminal terminal) throws ConfigurationError {
        ProjectConfiguration configuration = configuration();
        if (configuration.skip()) {
            terminal.console().info("LayoutGuard skipped ('skip' in " + configuration.origin() + ")");
            return Optional.empty();
        }
        Settings settings = settings(configuration);
        return Optional.of(new Run(Wiring.session(settings, terminal.version(), Commands.CLI), new ReportOutput(settings,
                terminal.version(), terminal.console(), terminal.environment(), Commands.CLI)));
    }

    /** A run of a command: the session with its settings, and the output that prints and writes its report. */
    record Run(LayoutSession session, ReportOutput output) {
    }

    /** The settings of the project with the options given over them. */
    Settings settings(ProjectConfiguration configuration) throws ConfigurationError {
        Map<String, ProjectConfiguration.Option> given = new LinkedHashMap<>();
        put(given, "preset", "--preset", preset);
        put(given, "rules", "--rules", rules);
        put(given, "skipRules", "--skip-rules", skipRules);
        put(given, "formats", "--formats", formats);
        put(given, "outputDirectory", "--output", output == null ? null
                : Path.of("").toAbsolutePath().resolve(output).toString());
        put(given, "failOnWarning", "--fail-on-warning", failOnWarning ? "true" : null);
        put(given, "baseline", "--baseline", baseline);
        put(given, "baselineStrict", "--baseline-strict", baselineStrict ? "true" : null);
        put(given, "cache", "--no-cache", noCache ? "false" : null);
        return configuration.settings(given);
    }

    private static void put(Map<String, ProjectConfiguration.Option> given, String parameter, String option,
            String value) {
        if (value != null) {
            given.put(parameter, new ProjectConfiguration.Option(option, value));
        }
    }
}
