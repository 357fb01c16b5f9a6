package dev.layoutguard.domain.preset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a project laid out exactly as the organization plan's Target Project Structure and the trees of its sections
 * (source, tests, docs, scripts, config, deploy, examples, environments, reports, storage). Directories the plan shows
 * empty get one plausible file, since git keeps no empty directories; what the plan keeps out of git (runtime data,
 * generated reports, virtual environments) is written apart, and the project's {@code .gitignore} ignores it.
 */
final class PlanTargetStructureMother {

    private static final String SCRIPT = """
            #!/usr/bin/env python3
            \"""
            Script: %1$s
            Purpose: %2$s
            Usage: python scripts/%3$s/%1$s [--help]
            \"""
            import argparse


            def main():
                parser = argparse.ArgumentParser(description="%2$s")
                parser.parse_args()


            if __name__ == "__main__":
                main()
            """;

    private static final String MANIFEST = """
            apiVersion: %s
            kind: %s
            metadata:
              name: pynomaly
            """;

    private PlanTargetStructureMother() {
    }

    /** Writes the files the plan keeps in git. */
    static void writeTo(Path root) throws IOException {
        write(root, "README.md", "# Pynomaly\n\nProject overview and quick start.\n");
        write(root, "LICENSE", "MIT License\n");
        write(root, "CHANGELOG.md", "# Changelog\n\n## 0.1.0\n\n- First release.\n");
        write(root, "pyproject.toml", "[project]\nname = \"pynomaly\"\nversion = \"0.1.0\"\n");
        write(root, "requirements.txt", "pandas>=2.0.0\nnumpy>=1.24.0\nscikit-learn>=1.3.0\n");
        write(root, ".gitignore", """
                # runtime data and generated reports stay out of git
                storage/
                reports/*
                !reports/README.md
                # virtual environments live in environments/.<name>/ and stay out of git
                environments/.*/
                __pycache__/
                """);
        write(root, ".pre-commit-config.yaml", """
                repos:
                  - repo: local
                    hooks:
                      - id: project-organization
                        name: Project Organization Validator
                        entry: python scripts/validation/validate_organization.py
                        language: system
                        pass_filenames: false
                """);
        write(root, "Pynomaly.code-workspace", "{\"folders\": [{\"path\": \".\"}]}\n");
        write(root, ".github/workflows/organization.yml", """
                name: Project Organization
                on: [push, pull_request]
                jobs:
                  validate-organization:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: python scripts/validation/validate_organization.py
                """);
        source(root);
        tests(root);
        docs(root);
        scripts(root);
        config(root);
        deploy(root);
        examples(root);
        write(root, "environments/README.md", "# Environments\n\nCreate them with `python -m venv environments/.venv`.\n");
        for (String requirements : List.of("base", "dev", "test", "docs", "deploy")) {
            write(root, "environments/requirements/" + requirements + ".txt", "-r base.txt\n");
        }
        write(root, "reports/README.md", "# Reports\n\nGenerated reports and build artifacts; git ignores them.\n");
    }

    /** Writes what the plan keeps out of git: runtime data, generated reports and virtual environments. */
    static void writeIgnoredContent(Path root) throws IOException {
        for (String directory : List.of("data", "logs", "cache", "tmp")) {
            write(root, "storage/" + directory + "/.gitkeep", "");
        }
        write(root, "storage/logs/pynomaly.log", "started\n");
        for (String report : List.of("coverage/html/index.html", "coverage/xml/coverage.xml", "coverage/lcov/lcov.info",
                "performance/benchmarks/results.json", "performance/profiling/profile.txt",
                "performance/load-testing/summary.txt", "security/dependency-check/report.json",
                "security/code-analysis/report.sarif", "security/penetration-testing/NOTES.md",
                "quality/lint/ruff.txt", "quality/complexity/radon.txt", "quality/duplication/jscpd.json",
                "builds/wheels/pynomaly-0.1.0-py3-none-any.whl", "builds/docker/image.txt",
                "builds/documentation/index.html")) {
            write(root, "reports/" + report, "generated\n");
        }
        for (String venv : List.of(".venv", ".test_env", ".docs_env", ".deploy_env", ".bench_env")) {
            write(root, "environments/" + venv + "/pyvenv.cfg", "home = /usr/bin\nversion = 3.12.3\n");
            write(root, "environments/" + venv + "/lib/python3.12/site-packages/Some-Package/README.md", "vendored\n");
        }
    }

    private static void source(Path root) throws IOException {
        String pkg = "src/pynomaly/";
        write(root, pkg + "__init__.py", "");
        modules(root, pkg + "domain/", "");
        modules(root, pkg + "domain/entities/", "", "anomaly", "detector", "dataset", "experiment");
        modules(root, pkg + "domain/value_objects/", "", "contamination_rate", "confidence_interval", "anomaly_score");
        modules(root, pkg + "domain/services/", "", "detection_service", "scoring_service", "validation_service");
        modules(root, pkg + "domain/exceptions/", "", "detection_errors", "validation_errors");
        modules(root, pkg + "application/", "");
        modules(root, pkg + "application/use_cases/", "", "detect_anomalies", "train_detector", "evaluate_model",
                "explain_anomaly");
        modules(root, pkg + "application/services/", "", "ensemble_service", "model_persistence",
                "autonomous_service");
        modules(root, pkg + "application/dto/", "", "detection_request", "detection_response", "training_request");
        modules(root, pkg + "infrastructure/", "");
        modules(root, pkg + "infrastructure/adapters/", "", "sklearn_adapter", "pyod_adapter", "pytorch_adapter",
                "tensorflow_adapter");
        modules(root, pkg + "infrastructure/persistence/", "");
        modules(root, pkg + "infrastructure/persistence/repositories/", "");
        modules(root, pkg + "infrastructure/persistence/models/", "");
        modules(root, pkg + "infrastructure/persistence/migrations/", "");
        modules(root, pkg + "infrastructure/config/", "", "settings", "tdd_config", "logging_config");
        modules(root, pkg + "infrastructure/monitoring/", "", "metrics", "tracing", "health_checks");
        modules(root, pkg + "infrastructure/external/", "", "notification", "export_service");
        modules(root, pkg + "presentation/", "");
        modules(root, pkg + "presentation/api/", "", "main", "dependencies", "middleware");
        modules(root, pkg + "presentation/api/routers/", "");
        modules(root, pkg + "presentation/cli/", "", "main", "utils");
        modules(root, pkg + "presentation/cli/commands/", "");
        modules(root, pkg + "presentation/web/", "", "main");
        write(root, pkg + "presentation/web/templates/base.html", "<!doctype html>\n");
        write(root, pkg + "presentation/web/static/app.css", "body { margin: 0; }\n");
        write(root, pkg + "presentation/web/components/detector_chart.js", "export default {};\n");
        modules(root, pkg + "presentation/sdk/", "", "client", "exceptions");
        modules(root, pkg + "shared/", "");
        modules(root, pkg + "shared/protocols/", "", "detector_protocol", "repository_protocol", "adapter_protocol");
        modules(root, pkg + "shared/utils/", "", "data_utils", "file_utils", "validation_utils");
    }

    private static void tests(Path root) throws IOException {
        write(root, "tests/conftest.py", "import pytest\n");
        modules(root, "tests/unit/domain/", "test_", "entities", "value_objects", "services");
        modules(root, "tests/unit/application/", "test_", "use_cases", "services");
        modules(root, "tests/unit/infrastructure/", "test_", "adapters", "persistence");
        modules(root, "tests/unit/presentation/", "test_", "api", "cli");
        modules(root, "tests/integration/", "test_", "api_integration", "database_integration",
                "adapter_integration");
        modules(root, "tests/e2e/", "test_", "detection_workflow", "training_workflow", "api_workflows");
        modules(root, "tests/performance/", "test_", "detection_performance", "scalability");
        write(root, "tests/performance/benchmarks/__init__.py", "");
        modules(root, "tests/ui/", "test_", "web_interface", "accessibility", "responsive_design");
        write(root, "tests/fixtures/datasets/credit_card.csv", "amount,label\n12.5,0\n");
        write(root, "tests/fixtures/models/isolation_forest.json", "{}\n");
        write(root, "tests/fixtures/configurations/detector.yml", "contamination: 0.1\n");
    }

    private static void docs(Path root) throws IOException {
        write(root, "docs/index.md", "# Pynomaly documentation\n");
        for (String page : List.of("getting-started/installation", "user-guides/detection",
                "developer-guides/architecture", "reference/api", "deployment/kubernetes", "examples/banking",
                "project/project-organization-plan")) {
            write(root, "docs/" + page + ".md", "# " + page + "\n");
        }
    }

    private static void scripts(Path root) throws IOException {
        write(root, "scripts/README.md", "# Scripts\n");
        script(root, "build", "build", "package", "docs", "release");
        script(root, "test", "run_tests", "coverage", "performance", "quality");
        script(root, "deploy", "deploy", "docker_build", "k8s_deploy", "rollback");
        script(root, "dev", "setup_dev", "format_code", "lint", "precommit");
        script(root, "maintenance", "cleanup", "update_deps", "security_scan", "backup");
        script(root, "validation", "validate_organization");
    }

    private static void config(Path root) throws IOException {
        write(root, "config/README.md", "# Configuration\n");
        for (String environment : List.of("development", "testing", "staging", "production")) {
            write(root, "config/environments/" + environment + ".yml", """
                    database:
                      host: ${DB_HOST}
                      port: ${DB_PORT:5432}
                      password: ${DB_PASSWORD}
                    """);
        }
        write(root, "config/templates/docker.template.yml", "image: ${IMAGE}\n");
        write(root, "config/templates/kubernetes.template.yml", MANIFEST.formatted("apps/v1", "Deployment"));
        write(root, "config/templates/database.template.yml", "host: ${DB_HOST}\n");
        write(root, "config/validation/schema.json", "{}\n");
        write(root, "config/validation/validator.py", "\"\"\"Validates configuration.\"\"\"\n");
        write(root, "config/validation/rules.py", "RULES = []\n");
        for (String defaults : List.of("logging", "database", "algorithms")) {
            write(root, "config/defaults/" + defaults + ".yml", "level: info\n");
        }
    }

    private static void deploy(Path root) throws IOException {
        write(root, "deploy/README.md", "# Deployment\n");
        for (String docker : List.of("Dockerfile", "Dockerfile.dev", "Dockerfile.test")) {
            write(root, "deploy/docker/" + docker, "FROM python:3.12-slim\n");
        }
        for (String compose : List.of("docker-compose.yml", "docker-compose.prod.yml", "docker-compose.test.yml")) {
            write(root, "deploy/docker/" + compose, "services:\n  api:\n    build: .\n");
        }
        write(root, "deploy/docker/scripts/entrypoint.sh", "#!/bin/sh\nexec \"$@\"\n");
        for (String kind : List.of("Deployment", "Service", "ConfigMap", "Ingress")) {
            write(root, "deploy/kubernetes/base/" + kind.toLowerCase(java.util.Locale.ROOT) + ".yaml",
                    MANIFEST.formatted("v1", kind));
        }
        for (String overlay : List.of("development", "staging", "production")) {
            write(root, "deploy/kubernetes/overlays/" + overlay + "/kustomization.yaml",
                    MANIFEST.formatted("kustomize.config.k8s.io/v1beta1", "Kustomization"));
        }
        write(root, "deploy/kubernetes/charts/pynomaly/Chart.yaml", "apiVersion: v2\nname: pynomaly\nversion: 0.1.0\n");
        write(root, "deploy/kubernetes/charts/pynomaly/values.yaml", "replicaCount: 1\n");
        write(root, "deploy/kubernetes/charts/pynomaly/templates/deployment.yaml",
                MANIFEST.formatted("apps/v1", "Deployment"));
        for (String workflow : List.of("test", "build", "deploy", "security")) {
            write(root, "deploy/ci-cd/github-actions/" + workflow + ".yml", "name: " + workflow + "\non: push\n");
        }
        write(root, "deploy/ci-cd/gitlab-ci/.gitlab-ci.yml", "stages: [test]\n");
        write(root, "deploy/ci-cd/jenkins/Jenkinsfile", "pipeline { agent any }\n");
        for (String cloud : List.of("aws/cloudformation/stack.yaml", "aws/terraform/main.tf", "aws/lambda/handler.py",
                "gcp/gke/cluster.tf", "gcp/cloud-run/service.yaml", "gcp/terraform/main.tf",
                "azure/arm-templates/template.json", "azure/terraform/main.tf", "azure/aks/cluster.tf")) {
            write(root, "deploy/cloud/" + cloud, "# " + cloud + "\n");
        }
    }

    private static void examples(Path root) throws IOException {
        write(root, "examples/quickstart/basic_detection.py", "print('detect')\n");
        write(root, "examples/banking/fraud_detection.py", "print('fraud')\n");
        write(root, "examples/manufacturing/sensor_monitoring.py", "print('sensors')\n");
        write(root, "examples/tutorials/first_detector.md", "# Your first detector\n");
        write(root, "examples/notebooks/getting_started.ipynb", "{\"cells\": []}\n");
    }

    private static void modules(Path root, String directory, String prefix, String... names) throws IOException {
        if (prefix.isEmpty()) {
            write(root, directory + "__init__.py", "");
        }
        for (String name : names) {
            write(root, directory + prefix + name + ".py", "\"\"\"" + name + ".\"\"\"\n");
        }
    }

    private static void script(Path root, String category, String... names) throws IOException {
        for (String name : names) {
            write(root, "scripts/" + category + "/" + name + ".py",
                    SCRIPT.formatted(name + ".py", name.replace('_', ' '), category));
        }
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
