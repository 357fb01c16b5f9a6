package dev.layoutguard.presentation;

import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.settings.SettingsException;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes every current violation to the baseline file, so that {@code check} fails only on new ones; entries of rules
 * left out with {@code rules} or {@code skipRules} are kept from the file as it was.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class BaselineMojo extends AbstractLayoutMojo {

    @Override
    protected void run() throws SettingsException, IOException {
        LayoutSession run = session();
        new BaselineRun(run, output(run.settings()), console()).run();
    }
}
