package dev.layoutguard.presentation;

import dev.layoutguard.application.IoReason;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.ProjectSkeleton;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.Project;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Creates the preset's missing directories, each with a short README stub, so that a new project starts out
 * conforming; never overwrites a file. Runs at the execution root only.
 */
@Mojo(name = "init", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class InitMojo extends AbstractLayoutMojo {

    @Override
    protected void run() throws SettingsException, IOException, MojoExecutionException {
        if (!project.isExecutionRoot()) {
            getLog().info("layout:init creates the layout at the execution root only; nothing to do for "
                    + project.getArtifactId());
            return;
        }
        LayoutSession run = session();
        Project checked = run.project();
        getLog().info("LayoutGuard " + version() + ": creating the missing directories of the "
                + checked.preset().name() + " preset");
        Path directory = run.settings().build().directory();
        ProjectSkeleton.Outcome outcome;
        try {
            outcome = Wiring.createSkeleton(directory, ProjectSkeleton.of(checked.preset()));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot create the layout in " + directory + ": " + IoReason.of(e)
                    + "; what was created so far stays", e);
        }
        outcome.created().forEach(path -> getLog().info("  created " + path));
        outcome.existing().forEach(path -> getLog().info("  exists  " + path));
        outcome.blocked().forEach(reason -> getLog().warn("  blocked " + reason));
        long directories = outcome.created().stream().filter(path -> path.endsWith("/")).count();
        getLog().info("Created " + directories + (directories == 1 ? " directory" : " directories")
                + " and " + ReportOutput.plural(outcome.created().size() - directories, "file") + "; "
                + outcome.existing().size() + " already existed"
                + (outcome.blocked().isEmpty() ? "" : ", " + outcome.blocked().size() + " blocked")
                + "; nothing was overwritten.");
    }
}
