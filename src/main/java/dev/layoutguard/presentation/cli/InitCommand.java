package dev.layoutguard.presentation.cli;

import dev.layoutguard.presentation.InitRun;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Creates the preset's missing directories, each with a short README stub; never overwrites a file. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Creates the preset's missing directories, each with a short README stub, so that a new "
                + "project starts out conforming; never overwrites a file.")
final class InitCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    private final Terminal terminal;

    InitCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        Optional<ProjectOptions.Run> run = project.open(terminal);
        if (run.isPresent()) {
            new InitRun(run.get().session(), terminal.console()).run();
        }
        return LayoutGuardCommand.PASSED;
    }
}
