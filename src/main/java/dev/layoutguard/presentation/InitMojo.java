package dev.layoutguard.presentation;

import dev.layoutguard.application.ProjectSkeleton;
import dev.layoutguard.domain.Project;
import dev.layoutguard.infrastructure.SkeletonWriter;
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
    protected void run() throws MojoExecutionException {
        if (!project.isExecutionRoot()) {
            getLog().info("layout:init creates the layout at the execution root only; nothing to do for "
                    + project.getArtifactId());
            return;
        }
        LayoutRun run = new LayoutRun(this);
        Path basedir = run.basedir();
        Project checked = run.project(basedir);
        getLog().info("LayoutGuard " + version() + ": creating the missing directories of the "
                + checked.preset().name() + " preset");
        SkeletonWriter.Outcome outcome;
        try {
            outcome = new SkeletonWriter().write(basedir, ProjectSkeleton.of(checked.preset()));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot create the layout in " + basedir + ": " + e.getMessage()
                    + "; what was created so far stays", e);
        }
        outcome.created().forEach(path -> getLog().info("  created " + path));
        outcome.existing().forEach(path -> getLog().info("  exists  " + path));
        outcome.blocked().forEach(reason -> getLog().warn("  blocked " + reason));
        long directories = outcome.created().stream().filter(path -> path.endsWith("/")).count();
        getLog().info("Created " + directories + (directories == 1 ? " directory" : " directories")
                + " and " + LayoutRun.plural(outcome.created().size() - directories, "file") + "; "
                + outcome.existing().size() + " already existed"
                + (outcome.blocked().isEmpty() ? "" : ", " + outcome.blocked().size() + " blocked")
                + "; nothing was overwritten.");
    }
}
