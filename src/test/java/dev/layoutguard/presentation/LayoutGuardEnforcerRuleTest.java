package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LayoutGuardEnforcerRuleTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    @Test
    void anEmptyRuleRunsTheCheckGoalWithTheGoalsDefaults() throws Exception {
        MavenProject project = new MavenProject();
        project.getBuild().setDirectory("/work/shop/target");

        CheckMojo goal = new LayoutGuardEnforcerRule(project, null).goal();

        Map<String, String> defaults = checkDefaults();
        assertEquals(defaults.get("preset"), goal.preset);
        assertEquals(defaults.get("formats"), goal.formats);
        assertEquals(defaults.get("baseline"), goal.baseline);
        assertEquals(Boolean.parseBoolean(defaults.get("failOnViolation")), goal.failOnViolation);
        assertEquals(Boolean.parseBoolean(defaults.get("failOnWarning")), goal.failOnWarning);
        assertEquals(Boolean.parseBoolean(defaults.get("respectGitignore")), goal.respectGitignore);
        assertEquals(Boolean.parseBoolean(defaults.get("baselineStrict")), goal.baselineStrict);
        assertEquals("${project.build.directory}/layout", defaults.get("outputDirectory"));
        assertEquals(new File("/work/shop/target", "layout"), goal.outputDirectory);
        assertSame(project, goal.project);
    }

    @Test
    void theRulesSettingsReachTheGoal() {
        LayoutGuardEnforcerRule rule = new LayoutGuardEnforcerRule(new MavenProject(), null);
        rule.preset = "python";
        rule.skipRules = "layer-missing";
        rule.failOnWarning = true;
        rule.outputDirectory = new File("/reports");
        rule.excludes = List.of("build.log");
        rule.severities = Map.of("root-allowlist", "error");

        CheckMojo goal = rule.goal();

        assertEquals("python", goal.preset);
        assertEquals("layer-missing", goal.skipRules);
        assertEquals(true, goal.failOnWarning);
        assertEquals(new File("/reports"), goal.outputDirectory);
        assertEquals(List.of("build.log"), goal.excludes);
        assertEquals(Map.of("root-allowlist", "error"), goal.severities);
    }

    /** The check goal's parameter defaults as the generated plugin descriptor declares them. */
    private static Map<String, String> checkDefaults() throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile())
                .getDocumentElement();
        NodeList mojos = root.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (mojo.getElementsByTagName("goal").item(0).getTextContent().equals("check")) {
                Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
                NodeList parameters = configuration.getChildNodes();
                Map<String, String> defaults = new HashMap<>();
                for (int j = 0; j < parameters.getLength(); j++) {
                    if (parameters.item(j) instanceof Element parameter && parameter.hasAttribute("default-value")) {
                        defaults.put(parameter.getTagName(), parameter.getAttribute("default-value"));
                    }
                }
                return defaults;
            }
        }
        throw new AssertionError("no check goal in " + DESCRIPTOR);
    }
}
