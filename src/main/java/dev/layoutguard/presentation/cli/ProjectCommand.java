package dev.layoutguard.presentation.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command that runs one goal on the project once and ends with exit code 0 unless it cannot run: baseline, fix,
 * init. The project's configuration can skip it.
 */
abstract class ProjectCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    final Terminal terminal;

    ProjectCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public final Integer call() throws Exception {
        Optional<ProjectOptions.Run> run = project.open(terminal);
        if (run.isPresent()) {
            run(run.get());
        }
        return LayoutGuardCommand.PASSED;
    }

    /** The goal's work on the opened run. */
    abstract void run(ProjectOptions.Run run) throws Exception;
}
