package dev.layoutguard.presentation;

import dev.layoutguard.application.IoReason;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.ProjectSkeleton;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.Project;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The init goal's work for any front end: creates the preset's missing directories, each with a short README stub;
 * never overwrites a file.
 */
public final class InitRun {

    private final LayoutSession run;
    private final Console console;

    public InitRun(LayoutSession run, Console console) {
        this.run = run;
        this.console = console;
    }

    /** Creates what is missing and prints what was created, what existed and what was in the way. */
    public void run() throws SettingsException, IOException {
        Project checked = run.project();
        console.info("LayoutGuard " + run.version() + ": creating the missing directories of the "
                + checked.preset().name() + " preset");
        Path directory = run.settings().build().directory();
        ProjectSkeleton.Outcome outcome;
        try {
            outcome = Wiring.createSkeleton(directory, ProjectSkeleton.of(checked.preset()));
        } catch (IOException e) {
            throw new IOException("Cannot create the layout in " + directory + ": " + IoReason.of(e)
                    + "; what was created so far stays", e);
        }
        outcome.created().forEach(path -> console.info("  created " + path));
        outcome.existing().forEach(path -> console.info("  exists  " + path));
        outcome.blocked().forEach(reason -> console.warn("  blocked " + reason));
        long directories = outcome.created().stream().filter(path -> path.endsWith("/")).count();
        console.info("Created " + directories + (directories == 1 ? " directory" : " directories")
                + " and " + ReportOutput.plural(outcome.created().size() - directories, "file") + "; "
                + outcome.existing().size() + " already existed"
                + (outcome.blocked().isEmpty() ? "" : ", " + outcome.blocked().size() + " blocked")
                + "; nothing was overwritten.");
    }
}
