package dev.layoutguard.presentation;

import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.RuleFamily;
import java.io.IOException;
import java.util.EnumSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Checks the project's layout with every rule family, and fails the build on violations. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractLayoutMojo {

    @Override
    protected void run() throws SettingsException, IOException, MojoExecutionException, MojoFailureException {
        check(EnumSet.allOf(RuleFamily.class));
    }
}
