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
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Creates what a new project of the preset needs and lacks, so that it starts out conforming: for python the
 * preset's whole directory tree, each directory with a short README stub; for a Maven build that compiles sources
 * its source and test roots; for a {@code pom} project nothing. Never overwrites a file. Runs at the execution root
 * only, and needs a {@code pom.xml} there (Maven runs no goal without one).
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
        boolean compilesSources = !"pom".equals(project.getPackaging());
        List<SkeletonEntry> skeleton = ProjectSkeleton.needed(checked.preset(), compilesSources);
        boolean maven = checked.preset().name().equals(Presets.MAVEN);
        if (skeleton.isEmpty()) {
            getLog().info("LayoutGuard " + version() + ": nothing to create: a " + project.getPackaging() + " build "
                    + "compiles no sources, and the maven preset requires no directory; docs/, config/, scripts/ and "
                    + "deploy/ are where such files go once there are some");
            return;
        }
        getLog().info("LayoutGuard " + version() + ": " + (maven ? "creating the source and test roots of a "
                + project.getPackaging() + " build (the maven preset requires no other directory)"
                : "creating the missing directories of the " + checked.preset().name() + " preset"));
        Path directory = run.settings().build().directory();
        ProjectSkeleton.Outcome outcome;
        try {
            outcome = Wiring.createSkeleton(directory, skeleton);
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
