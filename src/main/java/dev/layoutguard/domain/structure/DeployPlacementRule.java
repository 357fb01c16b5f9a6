package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.DeployPolicy;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Flags Docker files, CI pipeline files and Kubernetes manifests outside the deploy directory (fix: its category
 * there), and what the deploy directory holds besides its categories and a README. The preset's other places
 * ({@code .github/**}) are allowed, and root entries are the root rules' to report. Where the deploy directory is
 * optional (maven), a project without one is not flagged.
 */
public final class DeployPlacementRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        DeployPolicy deploy = project.preset().structure().deploy();
        String directory = deploy.directory();
        if (deploy.optional() && !project.tree().hasDirectory(directory)) {
            return List.of();
        }
        String categories = deploy.categories().stream().map(category -> category + "/")
                .collect(Collectors.joining(", "));
        GeneratedAreas generated = GeneratedAreas.of(project);
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : project.tree().entries()) {
            if (!project.reports(entry.path()) || generated.covers(entry.path())) {
                continue;
            }
            if (entry.parent().equals(directory)) {
                if (!(entry.isDirectory() && deploy.categories().contains(entry.name()))
                        && !(entry.isFile() && entry.name().toUpperCase(Locale.ROOT).startsWith("README"))) {
                    findings.add(strayInDeploy(project, deploy, entry, categories));
                }
                continue;
            }
            if (!entry.isFile() || RelativePath.isBelow(entry.path(), directory)
                    || Glob.anyMatches(deploy.allowedElsewhere(), entry.path())
                    || entry.isRootEntry() && project.executionRoot()) {
                continue;
            }
            String category = categoryOf(project, deploy, entry);
            if (category != null) {
                String target = target(deploy, category);
                findings.add(Finding.at(entry.path(), describe(deploy, category) + " outside " + directory
                        + "/; move it into " + target).withFix(target + entry.name()));
            }
        }
        return findings;
    }

    private static Finding strayInDeploy(Project project, DeployPolicy deploy, Entry entry, String categories) {
        String where = deploy.directory() + "/ holds " + categories;
        if (entry.isDirectory()) {
            return Finding.at(entry.path(), "directory " + entry.name() + "/ is not a deployment category (" + where
                    + "); move what it holds into the categories that fit");
        }
        String category = categoryOf(project, deploy, entry);
        if (category == null) {
            return Finding.at(entry.path(), "file directly in " + deploy.directory() + "/, outside its categories ("
                    + where + "); move it into the one that fits");
        }
        return Finding.at(entry.path(), describe(deploy, category) + " directly in " + deploy.directory()
                + "/, outside its categories; move it into " + target(deploy, category))
                .withFix(target(deploy, category) + entry.name());
    }

    /** The deploy category a file belongs to, by its name or, for YAML, by being a Kubernetes manifest. */
    private static String categoryOf(Project project, DeployPolicy deploy, Entry entry) {
        String category = deploy.categoryOf(entry.path());
        if (category == null && deploy.manifestCategory() != null
                && (entry.name().endsWith(".yml") || entry.name().endsWith(".yaml"))
                && project.reports(entry.path())
                && project.read(entry.path()).filter(KubernetesManifest::is).isPresent()) {
            category = deploy.manifestCategory();
        }
        return category;
    }

    private static String describe(DeployPolicy deploy, String category) {
        if (category.equals(deploy.manifestCategory())) {
            return "Kubernetes manifest";
        }
        return switch (category) {
            case "docker" -> "Docker file";
            case "ci-cd" -> "CI pipeline file";
            default -> category + " file";
        };
    }

    private static String target(DeployPolicy deploy, String category) {
        return deploy.directory() + "/" + (deploy.categories().contains(category) ? category + "/" : "");
    }
}
