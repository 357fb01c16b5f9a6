package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckConfigMojoTest {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    @TempDir
    Path dir;

    private final Random random = new Random(20261126);
    private final List<String> planted = new ArrayList<>();
    private final List<String> log = new ArrayList<>();

    @Test
    void noPlantedSecretAppearsInTheConsoleTheFailureOrReportJson() throws IOException {
        write("pom.xml", """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <properties>
                    <db.password>%s</db.password>
                  </properties>
                </project>
                """.formatted(plant("")));
        write("src/main/resources/application.yml", """
                # the password comes from the vault
                spring:
                  datasource:
                    url: postgres://app:%s@db:5432/shop
                    password: "%s"
                    password-policy: strict
                  security:
                    oauth2:
                      client-secret: >-
                        %s
                ---
                scm:
                  token: %s
                mail:
                  api-key: ${MAIL_API_KEY:}
                tls:
                  key: |
                    -----BEGIN RSA PRIVATE KEY-----
                    %s
                    -----END RSA PRIVATE KEY-----
                """.formatted(plant(""), plant(""), plant(""), plant("ghp_", ALNUM, 36), plant("MIIEpAIBAAK")));
        write("src/main/resources/db.properties", """
                db.user = app
                db.password : %s
                db.token=%s\\
                    %s
                db.url=jdbc:mysql://db/shop?user=app&password=%s
                """.formatted(plant(""), plant(""), plant(""), plant("")));
        write("config/.env", "export STRIPE_KEY=%s\nSLACK=%s\nAPI_TOKEN=\"%s\"\n"
                .formatted(plant("sk_live_", ALNUM, 24), plant("xoxb-", ALNUM, 24), plant("")));
        write("config/app.ini", "[pypi]\npassword =\n    %s\n".formatted(plant("")));
        write("config/app.toml", "[db]\ncredentials = { password = '%s' }\naws = [\"%s\"]\n"
                .formatted(plant(""), plant("AKIA", UPPER, 16)));
        write("config/keys.json", "{\"maps\": \"%s\",\n \"nested\": {\"privateKey\": \"%s\"},\n \"broken\" }"
                .formatted(plant("AIza", ALNUM, 35), plant("")));
        write("config/settings.xml", "<server><password>%s</password>\n<p name=\"token\" value=\"%s\"/></server>\n"
                .formatted(plant(""), plant("")));
        write("src/main/java/com/acme/secrets.yml", "%s: true\napi_key: %s\n"
                .formatted(plant("github_pat_", ALNUM, 40), plant("")));

        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo().execute());

        String report = Files.readString(dir.resolve("target/layout/report.json"), StandardCharsets.UTF_8);
        String output = String.join("\n", log) + "\n" + failure.getMessage() + "\n" + report;
        for (String secret : planted) {
            for (int start = 0; start + 6 <= secret.length(); start++) {
                String part = secret.substring(start, start + 6);
                assertTrue(!output.contains(part), "the output holds part of a planted secret: " + part);
            }
        }
        int continued = 1;
        assertEquals(planted.size() - continued, count(report, "\"rule\": \"config-secret\""), report);
        assertEquals(1, count(report, "\"rule\": \"config-syntax\""), report);
        assertEquals(1, count(report, "\"rule\": \"config-placement\""), report);
    }

    @Test
    void aCleanProjectPasses() throws Exception {
        write("pom.xml", "<project/>\n");
        write("src/main/resources/application.yml", "spring:\n  datasource:\n    password: ${DB_PASSWORD}\n");

        mojo().execute();

        assertEquals(List.of("[INFO] 0 errors, 0 warnings, 0 baselined in 2 files, ", "[INFO] Layout health: 0 "
                + "misplaced files"), log.subList(log.size() - 2, log.size()).stream()
                .map(line -> line.replaceAll("\\d+ ms$", "")).toList());
    }

    @Test
    void aMissingConfiguredLocationFailsNamingTheParameter() throws IOException {
        write("pom.xml", "<project/>\n");
        CheckConfigMojo mojo = mojo();
        mojo.config = new ConfigConfiguration();
        mojo.config.locations = List.of("settings");

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("Invalid value 'settings' for parameter 'config.locations': matches no directory of the project "
                + "(create it, or end it with ? if it is optional)", e.getMessage());
    }

    private CheckConfigMojo mojo() {
        CheckConfigMojo mojo = new CheckConfigMojo();
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(dir.resolve("target").toString());
        project.setExecutionRoot(true);
        mojo.project = project;
        mojo.preset = "auto";
        mojo.failOnViolation = true;
        mojo.formats = "json";
        mojo.outputDirectory = dir.resolve("target/layout").toFile();
        mojo.respectGitignore = true;
        mojo.setLog(new RecordingLog(log));
        return mojo;
    }

    /** A new secret value: the prefix and random characters; remembered to be looked for in the output. */
    private String plant(String prefix, String alphabet, int length) {
        StringBuilder value = new StringBuilder(prefix);
        for (int i = 0; i < length; i++) {
            value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        planted.add(value.toString());
        return value.toString();
    }

    private String plant(String prefix) {
        return plant(prefix, ALNUM, 14);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
