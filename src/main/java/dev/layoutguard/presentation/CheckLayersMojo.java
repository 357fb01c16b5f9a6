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

/** Checks the layering of the sources: dependencies between layers, packages that are no layer, missing layers. */
@Mojo(name = "check-layers", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckLayersMojo extends AbstractLayoutMojo {

    @Override
    protected void run() throws SettingsException, IOException, MojoExecutionException, MojoFailureException {
        check(EnumSet.of(RuleFamily.LAYERS));
    }
}
