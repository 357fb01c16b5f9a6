package dev.layoutguard.presentation;

import dev.layoutguard.application.settings.Setting;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the plugin's goals, and with {@code -Ddetail} each goal's parameters with their defaults, user properties
 * and XML examples, wrapped for a terminal. Needs no project: {@code mvn layout:help -Ddetail -Dgoal=check}.
 */
@Mojo(name = "help", requiresProject = false, threadSafe = true)
public class HelpMojo extends AbstractMojo {

    /** Lists each goal's parameters too. */
    @Parameter(property = "detail", defaultValue = "false")
    boolean detail;

    /** The one goal to describe, such as {@code check}; every goal when it is not set. */
    @Parameter(property = "goal")
    String goal;

    /** How wide a line of the help may be. */
    @Parameter(property = "lineLength", defaultValue = "80")
    int lineLength;

    @Override
    public void execute() throws MojoExecutionException {
        String only = goal == null || goal.isBlank() ? null : goal.strip();
        try {
            List<String> goals = Wiring.goals();
            if (only != null && !goals.contains(only)) {
                throw new MojoExecutionException(Setting.named("goal").invalid(only, "no such goal of this plugin "
                        + "(goals: " + String.join(", ", goals) + ")").getMessage());
            }
            getLog().info(String.join(System.lineSeparator(), Wiring.help(only, detail, lineLength)));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot print the help: " + e.getMessage(), e);
        }
    }
}
