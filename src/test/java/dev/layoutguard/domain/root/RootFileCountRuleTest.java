package dev.layoutguard.domain.root;

import static dev.layoutguard.domain.root.RootProhibitedRuleTest.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.preset.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RootFileCountRuleTest {

    private final RootFileCountRule rule = new RootFileCountRule();

    @Test
    void flagsARootWithMoreFilesThanTheLimit() {
        Project project = project(Presets.maven(), files(13), List.of("src"));

        assertEquals(List.of(Finding.at(".", "13 files in the project root, the limit is 12; move the ones that are "
                + "not essential into docs/, config/ or scripts/")), rule.check(project));
    }

    @Test
    void acceptsExactlyTheLimitAndDoesNotCountDirectories() {
        Project project = project(Presets.maven(), files(12), List.of("src", "docs", "config"));

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void filesBelowTheRootDoNotCount() {
        List<String> files = new ArrayList<>(files(12));
        files.add("docs/guide.md");
        Project project = project(Presets.maven(), files, List.of("docs"));

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void filesOnlyToolsRequireDoNotCount() {
        List<String> files = new ArrayList<>(files(12));
        files.addAll(List.of("gradlew", "gradlew.bat", "LICENSE.txt"));
        Project project = project(Presets.maven(), files, List.of("gradle"));

        assertEquals(List.of(), rule.check(project));
        assertEquals(Map.of("rootFiles", 12), rule.metrics(project));
    }

    @Test
    void saysHowManyFilesItLeftOutAsTheToolsOwn() {
        List<String> files = new ArrayList<>(files(13));
        files.addAll(List.of("build.gradle", ".travis.yml", "pom.xml"));
        Project project = project(Presets.maven(), files, List.of());

        assertEquals(List.of(Finding.at(".", "14 files in the project root (besides 2 that only tools require there), "
                + "the limit is 12; move the ones that are not essential into docs/, config/ or scripts/")),
                rule.check(project));
    }

    @Test
    void measuresRootFiles() {
        Project project = project(Presets.python(), files(3), List.of("src"));

        assertEquals(Map.of("rootFiles", 3), rule.metrics(project));
    }

    private static List<String> files(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "file" + i + ".txt").toList();
    }
}
