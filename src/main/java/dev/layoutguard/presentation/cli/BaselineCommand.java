package dev.layoutguard.presentation.cli;

import dev.layoutguard.presentation.BaselineRun;
import picocli.CommandLine.Command;

/** Writes every current violation to the baseline file, so that the check fails only on new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes every current violation to the baseline file (config/layout-baseline.json), so that "
                + "check fails only on new ones; commit it.")
final class BaselineCommand extends ProjectCommand {

    BaselineCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    void run(ProjectOptions.Run run) throws Exception {
        new BaselineRun(run.session(), run.output(), terminal.console()).run();
    }
}
