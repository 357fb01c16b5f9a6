package dev.layoutguard.domain.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConfigSecretRuleTest {

    /** A project whose files have the given contents; every read is recorded. */
    static Project project(Preset preset, Map<String, String> files, List<String> reads) {
        ProjectMother project = ProjectMother.with(preset).recordingReadsIn(reads);
        files.forEach(project::file);
        return project.build();
    }

    @Test
    void readsTheFilesSideBySideAndReportsThemInTheTreesOrder() {
        Map<String, String> files = new HashMap<>();
        List<String> expected = new ArrayList<>();
        for (int i = 10; i < 50; i++) {
            String path = "src/main/resources/app" + i + ".properties";
            files.put(path, "note=" + i + "\n".repeat(i) + "db.password=Hx7LpQ2sNv4T" + i + "\n");
            expected.add(path + ":" + (i + 1));
        }

        List<String> found = new ConfigSecretRule().check(project(Presets.maven(), files, new ArrayList<>())).stream()
                .map(finding -> finding.path() + ":" + finding.line()).toList();

        assertEquals(expected, found);
    }

    @Test
    void reportsEachSecretAtItsLineNamingTheKeyNeverTheValue() {
        Project project = project(Presets.maven(), Map.of(
                "src/main/resources/application.yml", """
                        spring:
                          datasource:
                            url: postgres://app:Zq8vWm3RtKp9@db/shop
                            password: Hx7LpQ2sNv4T
                        """,
                "config/.env", "DB_PASSWORD=Wd5KcJ8mYf2R\n",
                "src/main/resources/keys.json", "{\"deploy\": \"AKIA" + "Q3EGRZLM7XKZ4JNP\"}"), new ArrayList<>());

        List<Finding> findings = new ConfigSecretRule().check(project);

        assertEquals(Set.of(
                Finding.atLine("config/.env", 1, "secret key DB_PASSWORD holds a literal value; allowed: an empty value, "
                        + "with the secret set in the environment that runs the code").withReference("DB_PASSWORD"),
                Finding.atLine("src/main/resources/application.yml", 3, "URL with a literal password in "
                        + "spring.datasource.url; allowed: a URL without a password, or a ${VAR} placeholder for it")
                        .withReference("spring.datasource.url"),
                Finding.atLine("src/main/resources/application.yml", 4, "secret key spring.datasource.password holds a "
                        + "literal value; allowed: an empty value or a placeholder such as "
                        + "${SPRING_DATASOURCE_PASSWORD}").withReference("spring.datasource.password"),
                Finding.atLine("src/main/resources/keys.json", 1, "AWS access key id in deploy; allowed: none in files, "
                        + "supply it from the environment or a secret store").withReference("deploy")),
                new HashSet<>(findings));
        assertEquals(4, findings.size());
    }

    @Test
    void aPasswordInAKeyReachesNeitherTheMessageNorTheReference() {
        Project project = project(Presets.maven(), Map.of("config/docker.json",
                "{\"auths\": {\"https://bob:Hx7LpQ2sNv4T@reg.example.com\": {\"identitytoken\": \"Wd5KcJ8mYf2R\"}}}"),
                new ArrayList<>());

        assertEquals(List.of(Finding.atLine("config/docker.json", 1, "secret key "
                + "auths.https://***@reg.example.com.identitytoken holds a literal value; allowed: an empty value or a "
                + "placeholder such as ${AUTHS_HTTPS_REG_EXAMPLE_COM_IDENTITYTOKEN}")
                .withReference("auths.https://***@reg.example.com.identitytoken")),
                new ConfigSecretRule().check(project));
    }

    @Test
    void throwawayCredentialsCountOnlyWhenSecretsAreStrict() {
        Map<String, String> files = Map.of(
                "src/test/resources/application.yml", "spring.datasource.password: Hx7LpQ2sNv4T\n",
                ".github/workflows/ci.yml", "jobs:\n  it:\n    services:\n      db:\n        env:\n"
                        + "          POSTGRES_PASSWORD: Wd5KcJ8mYf2R\n",
                "src/main/resources/application.yml", "spring.datasource.password: Zq8vWm3RtKp9\n");
        Preset strict = Presets.maven().withConfig(Presets.maven().config().withStrictSecrets(true));

        assertEquals(List.of("src/main/resources/application.yml"), new ConfigSecretRule()
                .check(project(Presets.maven(), files, new ArrayList<>())).stream().map(Finding::path).toList());
        assertEquals(Set.of(".github/workflows/ci.yml", "src/main/resources/application.yml",
                "src/test/resources/application.yml"), new ConfigSecretRule()
                .check(project(strict, files, new ArrayList<>())).stream().map(Finding::path)
                .collect(Collectors.toSet()));
    }

    @Test
    void aComposeFilesEnvFileIsReadAsADotenvFileWhateverItsName() {
        List<String> reads = new ArrayList<>();
        Project project = project(Presets.maven(), Map.of("docker-compose.yml",
                "services:\n  grafana:\n    env_file:\n      - ./monitoring/config.monitoring\n",
                "monitoring/config.monitoring", "GF_SECURITY_ADMIN_PASSWORD=Hx7LpQ2sNv4T\n",
                "monitoring/other.monitoring", "GF_SECURITY_ADMIN_PASSWORD=Hx7LpQ2sNv4T\n"), reads);

        assertEquals(List.of(Finding.atLine("monitoring/config.monitoring", 1, "secret key GF_SECURITY_ADMIN_PASSWORD "
                + "holds a literal value; allowed: an empty value, with the secret set in the environment that runs "
                + "the code").withReference("GF_SECURITY_ADMIN_PASSWORD")), new ConfigSecretRule().check(project));
        assertEquals(List.of("docker-compose.yml", "monitoring/config.monitoring"), reads);
    }

    @Test
    void aSecretWithoutAKeyIsReferencedByItsKind() {
        Project project = project(Presets.python(), Map.of("config/settings_prod.py",
                "KEY = '''\n-----BEGIN EC PRIVATE KEY-----\nMHc\n'''\n"), new ArrayList<>());

        assertEquals(List.of(Finding.atLine("config/settings_prod.py", 2, "private key block; allowed: none in files, "
                + "supply it from the environment or a secret store").withReference("private-key")),
                new ConfigSecretRule().check(project));
    }

    @Test
    void readsOnlyConfigurationFilesOnceAndNeverInsideAVirtualEnvironment() {
        List<String> reads = new ArrayList<>();
        Project project = project(Presets.python(), Map.of("config/app.yml", "password: Hx7LpQ2sNv4T\n",
                "src/shop/module.py", "password = 'not config'\n", "README.md", "token: not config\n",
                "environments/.venv/pyvenv.cfg", "home = /usr\n",
                "environments/.venv/lib/site-packages/x/config.json", "{\"token\": \"abcdefgh\"}"), reads);

        new ConfigSecretRule().check(project);
        new ConfigSyntaxRule().check(project);

        assertEquals(List.of("config/app.yml"), reads);
    }

    @Test
    void messageBundleLabelsAreNoSecrets() {
        Project project = project(Presets.maven(), Map.of(
                "src/main/resources/messages.properties", "login.password=Password\nlogin.token=Token\n",
                "src/main/resources/labels_de.properties", "login.password=Passwort\n"), new ArrayList<>());

        assertEquals(List.of(), new ConfigSecretRule().check(project));
    }

    @Test
    void linksAreNotFollowed() {
        List<String> reads = new ArrayList<>();
        Project project = Project.standalone(ProjectTree.of(List.of(new Entry("config/app.yml", EntryKind.SYMLINK, 0,
                false))), Presets.python(), path -> {
                    reads.add(path);
                    return Optional.of("password: Hx7LpQ2sNv4T");
                });

        assertEquals(List.of(), new ConfigSecretRule().check(project));
        assertEquals(List.of(), reads);
    }
}
