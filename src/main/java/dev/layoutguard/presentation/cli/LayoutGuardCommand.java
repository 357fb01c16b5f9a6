package dev.layoutguard.presentation.cli;

import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.presentation.ReportOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The command line: {@code java -jar layoutguard-<version>-cli.jar <command> [options] [DIR]} runs the plugin's goals
 * without Maven, reading the project's settings from its pom, pyproject.toml or config/layoutguard.toml. Exit codes:
 * {@value #PASSED} no error, {@value #FAILED} errors found, {@value #MISUSED} misuse or misconfiguration.
 */
@Command(name = "layoutguard", mixinStandardHelpOptions = true, versionProvider = LayoutGuardCommand.Version.class,
        description = "Checks a repository's layout: the root directory, the layering of the sources, tests that "
                + "mirror the sources, where configuration lives, and more structure rules.",
        footer = {"", "Exit codes: 0 no error, 1 errors found (or warnings with --fail-on-warning), "
                + "2 misuse or misconfiguration."})
public final class LayoutGuardCommand implements Runnable {

    /** The exit code of a run that found no error. */
    public static final int PASSED = 0;
    /** The exit code of a run that found errors, or warnings with {@code failOnWarning}. */
    public static final int FAILED = 1;
    /** The exit code of a run that could not be made: a bad option, a bad configuration, an unreadable project. */
    public static final int MISUSED = 2;

    /** The names of the commands a run can be made of alone. */
    static final Set<String> COMMANDS = Set.of("check", "check-root", "check-layers", "check-tests", "check-config",
            "baseline", "fix", "init", "explain", "watch");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), System::getenv, args));
    }

    /** Runs a command line, printing to the given streams; returns the exit code. */
    static int run(PrintStream out, PrintStream err, Function<String, String> environment, String... args) {
        Terminal terminal = new Terminal(out, err, environment, version());
        CommandLine line = commandLine(terminal, args.length > 0 ? args[0] : null);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setExecutionExceptionHandler((exception, command, parsed) -> {
            if (exception instanceof ConfigurationError || exception instanceof SettingsException
                    || exception instanceof IOException) {
                err.println("layoutguard: " + exception.getMessage());
                return MISUSED;
            }
            throw exception;
        });
        return line.execute(args);
    }

    /** The commands, each with its own help. */
    static CommandLine commandLine(Terminal terminal) {
        return commandLine(terminal, null);
    }

    /**
     * The commands; when the first argument names one exactly, that command alone. picocli builds each command's model
     * by reflection over its class when the command is added, which was about a quarter of a {@code check --changed}
     * run in a fresh JVM; a run of one command needs no other. Anything else (no command, an option first, a
     * misspelled name, {@code help}, {@code completion}) gets every command, so the usage lists them all and picocli
     * can suggest the nearest name.
     */
    static CommandLine commandLine(Terminal terminal, String first) {
        String only = first != null && COMMANDS.contains(first) ? first : null;
        CommandLine line = new CommandLine(new LayoutGuardCommand());
        check(line, only, "check", EnumSet.allOf(RuleFamily.class), "Checks the layout with every rule family.",
                terminal);
        check(line, only, "check-root", EnumSet.of(RuleFamily.ROOT), "Checks the root directory only.", terminal);
        check(line, only, "check-layers", EnumSet.of(RuleFamily.LAYERS), "Checks the layering of the sources only.",
                terminal);
        check(line, only, "check-tests", EnumSet.of(RuleFamily.TESTS), "Checks that tests mirror the sources only.",
                terminal);
        check(line, only, "check-config", EnumSet.of(RuleFamily.CONFIG), "Checks where configuration lives only.",
                terminal);
        if (wanted(only, "baseline")) {
            line.addSubcommand(new BaselineCommand(terminal));
        }
        if (wanted(only, "fix")) {
            line.addSubcommand(new FixCommand(terminal));
        }
        if (wanted(only, "init")) {
            line.addSubcommand(new InitCommand(terminal));
        }
        if (wanted(only, "explain")) {
            line.addSubcommand(new ExplainCommand(terminal));
        }
        if (wanted(only, "watch")) {
            line.addSubcommand(new WatchCommand(terminal));
        }
        if (only == null) {
            line.addSubcommand("completion", new AutoComplete.GenerateCompletion());
            line.addSubcommand(new HelpCommand());
        }
        line.setCaseInsensitiveEnumValuesAllowed(true);
        return line;
    }

    private static boolean wanted(String only, String name) {
        return only == null || only.equals(name);
    }

    private static void check(CommandLine line, String only, String name, Set<RuleFamily> families,
            String description, Terminal terminal) {
        if (!wanted(only, name)) {
            return;
        }
        CommandLine command = new CommandLine(new CheckCommand(families, terminal));
        command.getCommandSpec().usageMessage().description(description + " Exit code 1 when errors are found.");
        line.addSubcommand(name, command);
    }

    /** Without a command: the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Prints and writes a check's report, with a line on what it covers after the first when there is one; the exit
     * code says whether the run fails.
     */
    static int publish(ReportOutput output, LayoutSession.Outcome outcome, Terminal terminal, String scope)
            throws IOException {
        output.announce(outcome);
        if (scope != null) {
            terminal.console().info(scope);
        }
        output.publish(outcome);
        Optional<String> failure = output.failure(outcome.report());
        if (failure.isPresent()) {
            terminal.console().error(failure.get());
            return FAILED;
        }
        return PASSED;
    }

    /** This build's version, as its jar's Maven metadata has it. */
    static String version() {
        try (InputStream in = LayoutGuardCommand.class.getResourceAsStream(
                "/META-INF/maven/dev.layoutguard/layoutguard-maven-plugin/pom.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // the version only labels the reports
        }
        return "unknown";
    }

    /** The version {@code --version} prints. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"LayoutGuard " + version()};
        }
    }
}
