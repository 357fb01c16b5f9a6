package dev.layoutguard.presentation;

import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.settings.SettingsException;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists the moves that fix the violations carrying a {@code fix} ({@code from -> to}), and with
 * {@code -Dlayout.apply=true} makes them: {@code git mv} for entries git tracks, a plain move otherwise, never
 * overwriting a file and never leaving the project. The baseline does not apply: baselined violations are fixed too.
 */
@Mojo(name = "fix", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class FixMojo extends AbstractLayoutMojo {

    /** Makes the planned moves; without it nothing on disk changes. */
    @Parameter(property = "layout.apply", defaultValue = "false")
    boolean apply;

    @Override
    protected void run() throws SettingsException, IOException {
        LayoutSession run = session();
        new FixRun(run, output(run.settings()), console(), Commands.MAVEN).run(apply);
    }
}
