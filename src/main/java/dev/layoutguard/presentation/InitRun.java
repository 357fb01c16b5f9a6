package dev.layoutguard.presentation;

import dev.layoutguard.application.IoReason;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.ProjectSkeleton;
import dev.layoutguard.application.SkeletonEntry;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.preset.Presets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The init goal's work for any front end: creates what a new project of the preset needs and lacks (for python the
 * preset's whole tree with README stubs, for a Maven build that compiles sources its source and test roots, for a
 * {@code pom} project nothing); never overwrites a file.
 */
public final class InitRun {

    private final LayoutSession run;
    private final Console console;

    private final Commands commands;

    /** @param commands how the front end's users run the goals, which the created stubs name */
    public InitRun(LayoutSession run, Console console, Commands commands) {
        this.run = run;
        this.console = console;
        this.commands = commands;
    }

    /**
     * Creates what is missing and prints what was created, what existed and what was in the way.
     *
     * @param packaging the build's packaging ({@code jar}, {@code pom}, ...), or {@code null} when no build says it,
     *                  which counts as a build that compiles sources
     */
    public void run(String packaging) throws SettingsException, IOException {
        Project checked = run.project();
        boolean compilesSources = !"pom".equals(packaging);
        List<SkeletonEntry> skeleton = ProjectSkeleton.needed(checked.preset(), compilesSources, commands.init());
        boolean maven = checked.preset().name().equals(Presets.MAVEN);
        String build = packaging == null ? "build" : packaging + " build";
        if (skeleton.isEmpty()) {
            console.info("LayoutGuard " + run.version() + ": nothing to create: a " + build + " compiles no sources, "
                    + "and the maven preset requires no directory; docs/, config/, scripts/ and deploy/ are where "
                    + "such files go once there are some");
            return;
        }
        console.info("LayoutGuard " + run.version() + ": " + (maven ? "creating the source and test roots of a "
                + build + " (the maven preset requires no other directory)"
                : "creating the missing directories of the " + checked.preset().name() + " preset"));
        Path directory = run.settings().build().directory();
        ProjectSkeleton.Outcome outcome;
        try {
            outcome = Wiring.createSkeleton(directory, skeleton);
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
