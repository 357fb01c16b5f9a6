package dev.layoutguard.domain.config.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComposeEnvFilesTest {

    @Test
    void namesTheEnvFilesOfEveryFormResolvedAgainstTheComposeFile() {
        assertEquals(List.of("deploy/.env", "monitoring/grafana/config.monitoring", "deploy/db.env",
                "deploy/shared/app.env"), ComposeEnvFiles.named("deploy/docker-compose.yml", """
                services:
                  app:
                    env_file: .env
                  grafana:
                    env_file:
                      - ../monitoring/grafana/config.monitoring
                      - path: ./db.env
                        required: false
                  worker:
                    env_file: [shared/app.env]
                """));
    }

    @Test
    void pathsThatLeaveTheProjectHoldAPlaceholderOrAreNoServicesEnvFileAreLeftOut() {
        assertEquals(List.of(), ComposeEnvFiles.named("docker-compose.yml", """
                services:
                  app:
                    env_file:
                      - ../outside.env
                      - /etc/app.env
                      - ${ENV_FILE}
                    environment:
                      env_file: not-a-compose-env-file
                """));
    }

    @Test
    void knowsComposeFilesByName() {
        assertEquals(List.of(true, true, true, false, false), List.of("docker-compose.yml", "docker-compose.dev.yaml",
                "compose.yaml", "composer.json", "app.yml").stream().map(ComposeEnvFiles::isComposeFile).toList());
    }
}
