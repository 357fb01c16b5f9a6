package dev.layoutguard.domain.config.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConfigFormatTest {

    @Test
    void knowsTheFormatByTheFileName() {
        assertEquals(List.of(ConfigFormat.YAML, ConfigFormat.YAML, ConfigFormat.PROPERTIES, ConfigFormat.DOTENV,
                ConfigFormat.DOTENV, ConfigFormat.DOTENV, ConfigFormat.INI, ConfigFormat.INI, ConfigFormat.TOML,
                ConfigFormat.JSON, ConfigFormat.XML, ConfigFormat.TEXT, ConfigFormat.TEXT),
                List.of("a.yml", "B.YAML", "app.properties", ".env", ".env.local", "production.env", "setup.cfg",
                        "tox.ini", "pyproject.toml", "package.json", "pom.xml", "settings_prod.py", "Makefile")
                        .stream().map(ConfigFormat::of).toList());
    }

    @Test
    void messageBundlesAreReadAsTextSinceTheirKeysNameLabels() {
        assertEquals(List.of(ConfigFormat.TEXT, ConfigFormat.TEXT, ConfigFormat.TEXT, ConfigFormat.TEXT,
                ConfigFormat.PROPERTIES, ConfigFormat.PROPERTIES, ConfigFormat.PROPERTIES),
                List.of("messages.properties", "ValidationMessages_fr.properties", "labels_de.properties",
                        "app_en_US.properties", "application.properties", "db_pwd.properties", "a_b.properties")
                        .stream().map(ConfigFormat::of).toList());
    }

    @Test
    void lockFilesAreReadAsTextSinceTheirKeysNamePackages() {
        assertEquals(List.of(ConfigFormat.TEXT, ConfigFormat.TEXT, ConfigFormat.TEXT, ConfigFormat.TEXT,
                ConfigFormat.JSON, ConfigFormat.YAML),
                List.of("package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "packages.lock.json",
                        "lock.json", "deadlock.yml").stream().map(ConfigFormat::of).toList());
    }

    @Test
    void everyScannerReadsGarbageWithoutThrowing() {
        String alphabet = "ab:=-#!\"'\\{}[],.<>/?*&|> \t\n\r$@%()u0";
        Random random = new Random(5);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (ConfigFormat format : ConfigFormat.values()) {
                try {
                    format.scan(new TextLines(text.toString()));
                } catch (RuntimeException e) {
                    failures.add(format + " " + e + " on " + text.toString().replace("\n", "\\n"));
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /** Coverage-guided: any text, a secret planted in it, gives no exception and no finding that prints the secret. */
    @FuzzTest(maxDuration = "5m")
    void fuzzedTextThrowsNothingAndPrintsNoPlantedSecret(byte[] input) {
        PlantedSecret.check(ConfigFormat.TEXT, "src/main/resources/messages.properties", input);
    }
}
