package dev.layoutguard.presentation.cli;

import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.presentation.FileParameters;
import dev.layoutguard.presentation.ParameterNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the command line finds a project's settings, the first that has them winning: the plugin's
 * {@code <configuration>} in a {@code pom.xml} that declares the plugin, {@code [tool.layoutguard]} in
 * {@code pyproject.toml}, or {@code config/layoutguard.toml}; none means the defaults. Keys are the pom's parameter
 * names in every file.
 *
 * @param origin     where the parameters come from, as messages name it
 * @param parameters the parameters read
 * @param strict     whether an unknown key is an error (a TOML file is LayoutGuard's alone; a pom's configuration
 *                   may hold parameters of goals the command line does not have)
 * @param build      what the pom tells about the build, or a standalone build without one
 */
record ProjectConfiguration(String origin, ParameterNode parameters, boolean strict, Build build) {

    /** The TOML file the command line reads when neither the pom nor pyproject.toml configures LayoutGuard. */
    static final String TOML = "config/layoutguard.toml";

    /** The configuration of a project directory. */
    static ProjectConfiguration of(Path directory) throws ConfigurationError {
        Path pomFile = directory.resolve("pom.xml");
        Build build = Build.standalone(directory);
        if (Files.isRegularFile(pomFile)) {
            PomFile pom = PomFile.read(pomFile);
            build = pom.build(directory);
            Optional<ParameterNode> configuration = pom.pluginConfiguration();
            if (configuration.isPresent()) {
                return new ProjectConfiguration(pomFile + ", <configuration> of " + PomFile.PLUGIN,
                        configuration.get(), false, build);
            }
        }
        Path pyproject = directory.resolve("pyproject.toml");
        if (Files.isRegularFile(pyproject)) {
            Optional<ParameterNode> table = TomlFile.read(pyproject).table("tool", "layoutguard");
            if (table.isPresent()) {
                return new ProjectConfiguration(pyproject + ", [tool.layoutguard]", table.get(), true, build);
            }
        }
        Path toml = directory.resolve(TOML);
        if (Files.isRegularFile(toml)) {
            return new ProjectConfiguration(toml.toString(), TomlFile.read(toml).table().orElseThrow(), true, build);
        }
        return new ProjectConfiguration("the defaults", new ParameterNode("", null, List.of()), true, build);
    }

    /**
     * The settings of a run: the file's parameters with the command line's options over them.
     *
     * @param options the options given, by the parameter name they set ({@code preset}), with their option names
     * @throws ConfigurationError naming the file or the option, the key and the value
     */
    Settings settings(Map<String, Option> options) throws ConfigurationError {
        ParameterNode merged = parameters;
        for (Map.Entry<String, Option> option : options.entrySet()) {
            merged = merged.with(option.getKey(), option.getValue().value());
        }
        try {
            return FileParameters.read(merged, strict).settings(build);
        } catch (SettingsException e) {
            String parameter = e.parameter();
            Option option = options.get(parameter);
            throw new ConfigurationError(option != null ? "Option " + option.name() + ": " + e.getMessage()
                    : "In " + origin + ": " + e.getMessage(), e);
        }
    }

    /** Whether the file says to skip LayoutGuard. */
    boolean skip() throws ConfigurationError {
        try {
            return FileParameters.read(parameters, strict).skip();
        } catch (SettingsException e) {
            throw new ConfigurationError("In " + origin + ": " + e.getMessage(), e);
        }
    }

    /** An option given on the command line: its name as typed ({@code --preset}) and its value. */
    record Option(String name, String value) {
    }
}
