package dev.layoutguard.presentation.cli;

import dev.layoutguard.presentation.Commands;
import dev.layoutguard.presentation.InitRun;
import picocli.CommandLine.Command;

/** Creates the preset's missing directories, each with a short README stub; never overwrites a file. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Creates the preset's missing directories, each with a short README stub, so that a new "
                + "project starts out conforming; never overwrites a file.")
final class InitCommand extends ProjectCommand {

    InitCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    void run(ProjectOptions.Run run) throws Exception {
        new InitRun(run.session(), terminal.console(), Commands.CLI).run(null);
    }
}
