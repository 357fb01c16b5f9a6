package dev.layoutguard.presentation;

import dev.layoutguard.application.settings.SettingsException;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Creates the preset's missing directories, each with a short README stub, so that a new project starts out
 * conforming; never overwrites a file. Runs at the execution root only.
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
        new InitRun(session(), console()).run();
    }
}
