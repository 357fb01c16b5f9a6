package dev.layoutguard.presentation.cli;

import dev.layoutguard.presentation.BaselineRun;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Writes every current violation to the baseline file, so that the check fails only on new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes every current violation to the baseline file (config/layout-baseline.json), so that "
                + "check fails only on new ones; commit it.")
final class BaselineCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    private final Terminal terminal;

    BaselineCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        Optional<ProjectOptions.Run> run = project.open(terminal);
        if (run.isPresent()) {
            new BaselineRun(run.get().session(), run.get().output(), terminal.console()).run();
        }
        return LayoutGuardCommand.PASSED;
    }
}
