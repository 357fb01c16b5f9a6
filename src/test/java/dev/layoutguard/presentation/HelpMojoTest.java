package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class HelpMojoTest {

    private final List<String> log = new ArrayList<>();

    @Test
    void printsEveryParameterOfAGoalWrappedWithItsXmlExampleAsABlock() throws Exception {
        List<String> lines = help("check", true);

        assertEquals("[INFO] LayoutGuard Maven Plugin " + lines.get(0).substring(lines.get(0).lastIndexOf(' ') + 1),
                lines.get(0));
        assertEquals(List.of("  Checks a repository's layout in the validate phase: the root directory,",
                "  clean-architecture layering of the sources, tests that mirror the sources, and",
                "  where configuration lives."), lines.subList(1, 4), "the pom's description, filled anew");
        assertEquals(List.of("    root", "      Changes to the preset's root directory policy: entries to allow, to",
                "      disallow, to prohibit, the file limit. For example:", "", "          <root>",
                "            <allow>", "              <pattern>NOTICE</pattern>", "            </allow>",
                "            <maxFiles>15</maxFiles>", "          </root>", "",
                "      Every part is in the configuration reference (`docs/configuration.md`)."),
                lines.subList(lines.indexOf("    root"), lines.indexOf("    root") + 12));
        assertEquals(List.of("    baseline (Default: config/layout-baseline.json)",
                "      The baseline file, relative to the project directory and inside it: the",
                "      violations it lists are accepted, so that only new ones fail the build.",
                "      `layout:baseline` writes it; no file means no baseline.",
                "      User property: layout.baseline"),
                lines.subList(lines.indexOf("    baseline (Default: config/layout-baseline.json)"),
                        lines.indexOf("    baseline (Default: config/layout-baseline.json)") + 5));
        for (String parameter : List.of("layers", "tests", "config", "structure", "severities", "excludes")) {
            int at = lines.indexOf("    " + parameter);
            assertTrue(at > 0, parameter);
            assertTrue(lines.subList(at, at + 8).contains("          <" + parameter + ">"), parameter + "'s example");
        }
        assertTrue(lines.stream().noneMatch(line -> line.contains("project") && line.startsWith("    project")),
                "read-only parameters are not listed");
        for (String line : lines) {
            assertTrue(line.length() <= 80 || line.startsWith("          <"), line);
        }
    }

    @Test
    void listsTheGoalsWithoutTheirParameters() throws Exception {
        List<String> lines = help(null, false);

        assertTrue(lines.contains("This plugin has 11 goals:"), String.join("\n", lines));
        assertTrue(lines.contains("layout:help"));
        assertTrue(lines.contains("layout:explain"));
        assertEquals(List.of(), lines.stream().filter(line -> line.contains("Available parameters")).toList());
    }

    @Test
    void anUnknownGoalIsAnErrorNamingTheGoals() {
        HelpMojo mojo = new HelpMojo();
        mojo.goal = "chek";
        mojo.lineLength = 80;

        assertEquals("Invalid value 'chek' for parameter 'goal': no such goal of this plugin (goals: baseline, check, "
                + "check-config, check-layers, check-root, check-tests, explain, fix, help, init, report)",
                assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
    }

    /** The help's lines as Maven prints its one message: the level before the first line only. */
    private List<String> help(String goal, boolean detail) throws Exception {
        HelpMojo mojo = new HelpMojo();
        mojo.goal = goal;
        mojo.detail = detail;
        mojo.lineLength = 80;
        mojo.setLog(new RecordingLog(log));
        mojo.execute();
        assertEquals(1, log.size(), "one message");
        List<String> lines = new ArrayList<>();
        Collections.addAll(lines, log.get(0).split(System.lineSeparator(), -1));
        return lines;
    }
}
