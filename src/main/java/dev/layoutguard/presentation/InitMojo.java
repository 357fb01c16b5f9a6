package dev.layoutguard.presentation;

import dev.layoutguard.application.settings.SettingsException;
import java.io.IOException;
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
    protected void run() throws SettingsException, IOException {
        if (!project.isExecutionRoot()) {
            getLog().info("layout:init creates the layout at the execution root only; nothing to do for "
                    + project.getArtifactId());
            return;
        }
        new InitRun(session(), console(), Commands.MAVEN).run(project.getPackaging());
    }
}
