package dev.layoutguard.presentation.cli;

import dev.layoutguard.presentation.Commands;
import dev.layoutguard.presentation.FixRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the moves that fix the violations carrying a fix, and with {@code --apply} makes them. */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the moves that fix the violations carrying a fix; with --apply makes them (git mv for "
                + "entries git tracks, a plain move otherwise), never overwriting a file.")
final class FixCommand extends ProjectCommand {

    @Option(names = "--apply", description = "Makes the planned moves; without it nothing on disk changes.")
    boolean apply;

    FixCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    void run(ProjectOptions.Run run) throws Exception {
        new FixRun(run.session(), run.output(), terminal.console(), Commands.CLI).run(apply);
    }
}
