package dev.layoutguard.presentation;

/**
 * How a front end's users run the goals, as hints in the output name them: {@code mvn layout:fix} in Maven,
 * {@code layoutguard fix} on the command line.
 *
 * @param check    runs every rule ({@code mvn layout:check})
 * @param fix      lists the moves ({@code mvn layout:fix})
 * @param apply    what makes the fix goal move ({@code -Dlayout.apply=true})
 * @param explain  explains one rule, {@code <rule-id>} standing for it
 * @param baseline writes the baseline
 * @param init     creates the preset's missing directories
 */
public record Commands(String check, String fix, String apply, String explain, String baseline, String init) {

    /** The plugin's goals, as Maven runs them. */
    public static final Commands MAVEN = new Commands("mvn layout:check", "mvn layout:fix", "-Dlayout.apply=true",
            "mvn layout:explain -Dlayout.rule=<rule-id>", "mvn layout:baseline", "mvn layout:init");

    /** The command line's commands. */
    public static final Commands CLI = new Commands("layoutguard check", "layoutguard fix", "--apply",
            "layoutguard explain <rule-id>", "layoutguard baseline", "layoutguard init");
}
