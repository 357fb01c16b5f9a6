package dev.layoutguard.presentation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.ReportFormat;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.preset.Glob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigurationTest {

    @TempDir
    Path project;

    private static final String POM = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <artifactId>shop</artifactId>
              <properties><limit>7</limit></properties>
              <modules><module>api</module></modules>
              <build>
                <plugins>
                  <plugin>
                    <groupId>dev.layoutguard</groupId>
                    <artifactId>layoutguard-maven-plugin</artifactId>
                    <configuration>
                      <preset>maven</preset>
                      <skipRules>root-file-count</skipRules>
                      <root><allow><entry>Makefile</entry></allow><maxFiles>${limit}</maxFiles></root>
                      <severities><layer-missing>error</layer-missing></severities>
                    </configuration>
                    <executions>
                      <execution>
                        <goals><goal>check</goal></goals>
                        <configuration><formats>json</formats></configuration>
                      </execution>
                    </executions>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    private Settings settings() throws ConfigurationError {
        return ProjectConfiguration.of(project).settings(Map.of());
    }

    @Test
    void readsThePluginsConfigurationFromThePomWithItsExecutionsAndProperties() throws Exception {
        Files.writeString(project.resolve("pom.xml"), POM);
        Files.createDirectories(project.resolve("api"));

        Settings settings = settings();

        assertEquals("maven", settings.preset());
        assertEquals(Set.of(RuleId.ROOT_FILE_COUNT), settings.skipRules());
        assertEquals(List.of(ReportFormat.JSON), settings.formats());
        assertEquals(7, settings.changes().root().maxFiles());
        assertEquals(Severity.ERROR, settings.changes().severities().get(RuleId.LAYER_MISSING));
        assertEquals(List.of("api"), settings.build().modules());
    }

    @Test
    void thePomWinsOverPyprojectWhichWinsOverTheTomlFile() throws Exception {
        Files.writeString(project.resolve("pyproject.toml"), "[tool.layoutguard]\npreset = \"python\"\n");
        Files.createDirectories(project.resolve("config"));
        Files.writeString(project.resolve("config/layoutguard.toml"), "preset = \"maven\"\nformats = [\"html\"]\n");
        assertEquals("python", settings().preset());
        assertEquals(Settings.DEFAULT_FORMATS, settings().formats(), "only the first file with settings counts");

        Files.delete(project.resolve("pyproject.toml"));
        assertEquals("maven", settings().preset());
        assertEquals(List.of(ReportFormat.HTML), settings().formats());

        Files.writeString(project.resolve("pom.xml"), POM.replace("<preset>maven</preset>", "<preset>auto</preset>"));
        assertEquals("auto", settings().preset());
    }

    @Test
    void aPyprojectWithoutTheTableLeavesTheChoiceToTheTomlFile() throws Exception {
        Files.writeString(project.resolve("pyproject.toml"), "[project]\nname = \"shop\"\n");
        Files.createDirectories(project.resolve("config"));
        Files.writeString(project.resolve("config/layoutguard.toml"), "skipRules = [\"docs-required\"]\n");

        assertEquals(Set.of(RuleId.DOCS_REQUIRED), settings().skipRules());
    }

    @Test
    void readsEveryBlockFromToml() throws Exception {
        Files.writeString(project.resolve("pyproject.toml"), """
                [tool.layoutguard]
                preset = "python"
                failOnWarning = true
                excludes = ["notebooks/**"]

                [tool.layoutguard.root]
                allow = ["Makefile", "tools/"]
                maxFiles = 15

                [tool.layoutguard.layers]
                basePackage = "shop"
                allow = ["presentation -> infrastructure"]

                [[tool.layoutguard.layers.exceptions]]
                source = "shop.presentation.wiring"
                target = "infrastructure"
                reason = "the composition root"

                [tool.layoutguard.tests]
                roots = ["tests?"]

                [tool.layoutguard.severities]
                docs-required = "error"
                """);

        Settings settings = settings();

        assertEquals("python", settings.preset());
        assertTrue(settings.failOnWarning());
        assertEquals(15, settings.changes().root().maxFiles());
        assertEquals(2, settings.changes().root().allowedFiles().size() + settings.changes().root().allowedDirectories()
                .size());
        assertEquals("shop", settings.changes().layers().basePackage());
        assertEquals(1, settings.changes().layers().exceptions().size());
        assertEquals(Severity.ERROR, settings.changes().severities().get(RuleId.DOCS_REQUIRED));
        assertEquals(1, settings.changes().excludes().size());
    }

    @Test
    void everyTomlExampleOfTheConfigurationReferenceYieldsTheSettingsOfItsXml() throws Exception {
        String reference = Files.readString(Path.of("docs/configuration.md"));
        Matcher pair = Pattern.compile("```xml\n(.*?)```\n\nThe same in TOML:\n\n```toml\n(.*?)```",
                Pattern.DOTALL).matcher(reference);
        int pairs = 0;
        while (pair.find()) {
            Path xml = Files.createDirectories(project.resolve("xml" + pairs));
            Files.writeString(xml.resolve("pom.xml"), "<project><build><plugins><plugin><artifactId>"
                    + "layoutguard-maven-plugin</artifactId><configuration>" + pair.group(1)
                    + "</configuration></plugin></plugins></build></project>");
            Path toml = Files.createDirectories(project.resolve("toml" + pairs));
            Files.writeString(toml.resolve("pyproject.toml"), pair.group(2));

            Settings fromXml = ProjectConfiguration.of(xml).settings(Map.of());
            Settings fromToml = ProjectConfiguration.of(toml).settings(Map.of());

            assertEquals(fromXml.changes(), fromToml.changes(), pair.group(2));
            assertFalse(fromToml.changes().equals(Settings.builder(fromToml.build()).build().changes()),
                    "the example changes something: " + pair.group(2));
            pairs++;
        }
        assertEquals(7, pairs);
    }

    @Test
    void aBadValueNamesTheFileTheKeyAndTheValue() throws Exception {
        Files.writeString(project.resolve("pyproject.toml"), "[tool.layoutguard.root]\nmaxFiles = \"many\"\n");

        ConfigurationError error = assertThrows(ConfigurationError.class, this::settings);

        assertEquals("In " + project.resolve("pyproject.toml") + ", [tool.layoutguard]: Invalid value 'many' for "
                + "parameter 'root.maxFiles': expected a whole number", error.getMessage());
    }

    @Test
    void anUnknownKeyInATomlFileIsAnErrorListingTheKnownOnes() throws Exception {
        Files.createDirectories(project.resolve("config"));
        Files.writeString(project.resolve("config/layoutguard.toml"), "skiprules = [\"docs-required\"]\n");

        ConfigurationError error = assertThrows(ConfigurationError.class, this::settings);

        assertTrue(error.getMessage().startsWith("In " + project.resolve("config/layoutguard.toml") + ": Invalid "
                + "parameter 'skiprules': unknown parameter; known parameters: baseline, baselineStrict, cache, "
                + "config, "),
                error.getMessage());
    }

    @Test
    void aValueTheRulesRejectIsNamedWithTheFile() throws Exception {
        Files.writeString(project.resolve("pyproject.toml"), "[tool.layoutguard]\nrules = [\"root-everything\"]\n");

        ConfigurationError error = assertThrows(ConfigurationError.class, this::settings);

        assertTrue(error.getMessage().startsWith("In " + project.resolve("pyproject.toml") + ", [tool.layoutguard]: "
                + "Invalid value 'root-everything' for parameter 'rules' (layout.rules): unknown rule id"),
                error.getMessage());
    }

    @Test
    void tomlThatDoesNotParseIsNamedWithItsLine() throws IOException {
        Files.writeString(project.resolve("pyproject.toml"), "[tool.layoutguard]\npreset = python\n");

        ConfigurationError error = assertThrows(ConfigurationError.class, () -> ProjectConfiguration.of(project));

        assertTrue(error.getMessage().startsWith("Cannot read " + project.resolve("pyproject.toml") + ": "),
                error.getMessage());
        assertTrue(error.getMessage().contains("line 2"), error.getMessage());
    }

    @Test
    void aPomValueOnlyMavenCanResolveIsNamed() throws IOException {
        Files.writeString(project.resolve("pom.xml"), POM.replace("${limit}", "${env.LIMIT}"));

        ConfigurationError error = assertThrows(ConfigurationError.class, () -> ProjectConfiguration.of(project));

        assertEquals("In " + project.resolve("pom.xml") + ", <configuration> of layoutguard-maven-plugin: the value "
                + "'${env.LIMIT}' of 'root.maxFiles' uses ${env.LIMIT}, which this pom does not define; the command "
                + "line reads no profiles, settings.xml or environment; write the value itself, or run mvn "
                + "layout:check", error.getMessage());
    }

    private static final String PARENT = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.acme</groupId>
              <artifactId>parent</artifactId>
              <version>3</version>
              <packaging>pom</packaging>
              <properties><limit>9</limit><generated>src/generated/java</generated></properties>
              <build>
                <pluginManagement>
                  <plugins>
                    <plugin>
                      <groupId>dev.layoutguard</groupId>
                      <artifactId>layoutguard-maven-plugin</artifactId>
                      <configuration>
                        <preset>maven</preset>
                        <skipRules>docs-required</skipRules>
                        <root><allow><entry>Makefile</entry></allow><maxFiles>${limit}</maxFiles></root>
                      </configuration>
                    </plugin>
                  </plugins>
                </pluginManagement>
                <plugins>
                  <plugin>
                    <groupId>org.codehaus.mojo</groupId>
                    <artifactId>build-helper-maven-plugin</artifactId>
                    <executions>
                      <execution>
                        <id>generated</id>
                        <goals><goal>add-source</goal></goals>
                        <configuration><sources><source>${generated}</source></sources></configuration>
                      </execution>
                    </executions>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    private static final String CHILD = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>com.acme</groupId>
                <artifactId>parent</artifactId>
                <version>3</version>
                RELATIVE
              </parent>
              <artifactId>shop</artifactId>
              <build>
                <plugins>
                  <plugin>
                    <groupId>dev.layoutguard</groupId>
                    <artifactId>layoutguard-maven-plugin</artifactId>
                    <configuration>
                      <formats>json</formats>
                      <root><maxFiles>${limit}</maxFiles></root>
                    </configuration>
                  </plugin>
                  <plugin>
                    <groupId>org.codehaus.mojo</groupId>
                    <artifactId>build-helper-maven-plugin</artifactId>
                    <executions>
                      <execution>
                        <id>contract-tests</id>
                        <goals><goal>add-test-source</goal></goals>
                        <configuration><sources><source>src/contract/java</source></sources></configuration>
                      </execution>
                    </executions>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    /** A parent pom in the directory above the project and the project's pom naming it. */
    private Path parentAndChild(String relativePath, String parentDirectory) throws IOException {
        Path child = Files.createDirectories(project.resolve("shop"));
        Files.createDirectories(project.resolve(parentDirectory));
        Files.writeString(project.resolve(parentDirectory).resolve("pom.xml"), PARENT);
        Files.writeString(child.resolve("pom.xml"), CHILD.replace("RELATIVE", relativePath));
        return child;
    }

    @Test
    void inheritsTheParentsPluginManagementPropertiesAndBuildHelperRoots() throws Exception {
        Path child = parentAndChild("", ".");

        Settings settings = ProjectConfiguration.of(child).settings(Map.of());

        assertEquals("maven", settings.preset(), "from the parent's pluginManagement");
        assertEquals(Set.of(RuleId.DOCS_REQUIRED), settings.skipRules());
        assertEquals(List.of(ReportFormat.JSON), settings.formats(), "from the project's own configuration");
        assertEquals(9, settings.changes().root().maxFiles(), "a property the parent defines");
        assertEquals(List.of("Makefile"), settings.changes().root().allowedFiles().stream().map(Glob::pattern)
                .toList(), "blocks merge: the parent's allow stays beside the project's maxFiles");
        assertEquals(List.of("src/main/java", "src/generated/java"),
                settings.build().layout().sourceRoots(), "the parent's build-helper execution adds a source root");
        assertEquals(List.of("src/test/java", "src/contract/java"), settings.build().layout().testRoots());
    }

    @Test
    void findsTheParentWhereRelativePathPointsAndNotAnotherProjectsPom() throws Exception {
        Path child = parentAndChild("<relativePath>../build/parent</relativePath>", "build/parent");
        assertEquals(9, ProjectConfiguration.of(child).settings(Map.of()).changes().root().maxFiles());

        Files.writeString(project.resolve("pom.xml"), PARENT.replace("<artifactId>parent</artifactId>",
                "<artifactId>aggregator</artifactId>"));
        Files.writeString(child.resolve("pom.xml"), CHILD.replace("RELATIVE", ""));
        ConfigurationError error = assertThrows(ConfigurationError.class, () -> ProjectConfiguration.of(child));
        assertTrue(error.getMessage().contains("uses ${limit}, which this pom does not define, and the parent "
                + "com.acme:parent:3 is not in this checkout (only Maven fetches it)"), error.getMessage());
    }

    @Test
    void anEmptyRelativePathMeansARemoteParentWhosePropertiesAreNamedAsUnknown() throws Exception {
        Path child = parentAndChild("<relativePath/>", ".");

        ConfigurationError error = assertThrows(ConfigurationError.class, () -> ProjectConfiguration.of(child));

        assertTrue(error.getMessage().startsWith("In " + child.resolve("pom.xml") + ", <configuration> of "
                + "layoutguard-maven-plugin: the value '${limit}' of 'root.maxFiles' uses ${limit}"),
                error.getMessage());
        assertTrue(error.getMessage().contains("com.acme:parent:3 is not in this checkout"), error.getMessage());
    }

    @Test
    void aPomThatDoesNotDeclareThePluginStillGivesItsBuild() throws Exception {
        Files.writeString(project.resolve("pom.xml"), "<project><build><testSourceDirectory>checks"
                + "</testSourceDirectory></build></project>");

        ProjectConfiguration configuration = ProjectConfiguration.of(project);

        assertEquals("the defaults", configuration.origin());
        assertFalse(configuration.skip());
        assertEquals(List.of("checks"), configuration.build().layout().testRoots());
    }
}
