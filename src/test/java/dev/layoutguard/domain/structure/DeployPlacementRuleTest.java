package dev.layoutguard.domain.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeployPlacementRuleTest {

    private static final String MANIFEST = "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: shop\n";

    private final DeployPlacementRule rule = new DeployPlacementRule();

    @Test
    void flagsDockerCiAndKubernetesFilesOutsideDeployWithTheirCategory() {
        Project project = ProjectMother.with(Presets.python())
                .paths("src/shop/Dockerfile.dev", "tools/docker-compose.yml", "ci/Jenkinsfile")
                .file("config/k8s/service.yaml", MANIFEST)
                .build();

        assertEquals(List.of(
                Finding.at("ci/Jenkinsfile", "CI pipeline file outside deploy/; move it into deploy/ci-cd/")
                        .withFix("deploy/ci-cd/Jenkinsfile"),
                Finding.at("config/k8s/service.yaml", "Kubernetes manifest outside deploy/; move it into"
                        + " deploy/kubernetes/").withFix("deploy/kubernetes/service.yaml"),
                Finding.at("src/shop/Dockerfile.dev", "Docker file outside deploy/; move it into deploy/docker/")
                        .withFix("deploy/docker/Dockerfile.dev"),
                Finding.at("tools/docker-compose.yml", "Docker file outside deploy/; move it into deploy/docker/")
                        .withFix("deploy/docker/docker-compose.yml")),
                rule.check(project));
    }

    @Test
    void acceptsOrdinaryYamlAndTheAllowedPlaces() {
        Project project = ProjectMother.with(Presets.python())
                .file("config/environments/production.yml", "database:\n  kind: postgres\n  apiVersion: 3\n")
                .file(".github/workflows/ci.yml", "on: push\n")
                .file("config/templates/kubernetes.template.yml", MANIFEST)
                .file("deploy/kubernetes/base/deployment.yaml", MANIFEST)
                .paths("deploy/docker/Dockerfile", "deploy/ci-cd/jenkins/Jenkinsfile", "deploy/README.md",
                        "examples/quickstart/Dockerfile", "Dockerfile")
                .build();

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void flagsWhatTheDeployDirectoryHoldsBesidesItsCategories() {
        Project project = ProjectMother.with(Presets.python())
                .paths("deploy/Dockerfile", "deploy/notes.txt", "deploy/terraform/main.tf").build();

        assertEquals(List.of(
                Finding.at("deploy/Dockerfile", "Docker file directly in deploy/, outside its categories; move it into"
                        + " deploy/docker/").withFix("deploy/docker/Dockerfile"),
                Finding.at("deploy/notes.txt", "file directly in deploy/, outside its categories (deploy/ holds"
                        + " docker/, kubernetes/, ci-cd/, cloud/); move it into the one that fits"),
                Finding.at("deploy/terraform", "directory terraform/ is not a deployment category (deploy/ holds"
                        + " docker/, kubernetes/, ci-cd/, cloud/); move what it holds into the categories that fit")),
                rule.check(project));
    }

    @Test
    void checksAMavenProjectOnlyWhenItHasDeploy() {
        assertEquals(List.of(), rule.check(ProjectMother.with(Presets.maven())
                .paths("src/main/docker/Dockerfile").build()));
        assertEquals(List.of(Finding.at("src/main/docker/Dockerfile", "Docker file outside deploy/; move it into"
                + " deploy/docker/").withFix("deploy/docker/Dockerfile")),
                rule.check(ProjectMother.with(Presets.maven())
                        .paths("deploy/docker/", "src/main/docker/Dockerfile", "src/it/simple/Dockerfile").build()));
    }
}
