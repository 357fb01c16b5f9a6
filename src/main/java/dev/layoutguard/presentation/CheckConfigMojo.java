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

/** Checks where configuration lives, how environment configurations are named, and that none holds a secret. */
@Mojo(name = "check-config", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckConfigMojo extends AbstractLayoutMojo {

    @Override
    protected void run() throws SettingsException, IOException, MojoExecutionException, MojoFailureException {
        check(EnumSet.of(RuleFamily.CONFIG));
    }
}
