package dev.layoutguard.presentation.cli;

import dev.layoutguard.presentation.Commands;
import dev.layoutguard.presentation.FixRun;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists the moves that fix the violations carrying a fix, and with {@code --apply} makes them. */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the moves that fix the violations carrying a fix; with --apply makes them (git mv for "
                + "entries git tracks, a plain move otherwise), never overwriting a file.")
final class FixCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    @Option(names = "--apply", description = "Makes the planned moves; without it nothing on disk changes.")
    boolean apply;

    private final Terminal terminal;

    FixCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        Optional<ProjectOptions.Run> run = project.open(terminal);
        if (run.isPresent()) {
            new FixRun(run.get().session(), run.get().output(), terminal.console(), Commands.CLI).run(apply);
        }
        return LayoutGuardCommand.PASSED;
    }
}
