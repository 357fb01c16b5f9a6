package dev.layoutguard.domain.config;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.config.secret.SyntaxProblem;
import dev.layoutguard.domain.tree.Skipped;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags configuration files the secret check cannot parse, at the line where parsing failed, and those it could not
 * read at all, and the directories the walk could not list, each with the reason, so a secret hidden past a syntax
 * error, in an unreadable file or in a locked directory is never silently missed. The message describes the problem
 * and never quotes the file.
 */
public final class ConfigSyntaxRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        for (ConfigScan.Scanned file : ConfigScan.of(project).files()) {
            for (SyntaxProblem problem : file.found().problems()) {
                findings.add(Finding.atLine(file.path(), problem.line(), "not valid " + file.format().label() + ": "
                        + problem.description() + "; keys after this point may not have been checked for secrets"));
            }
        }
        for (Skipped file : ConfigScan.of(project).skipped()) {
            findings.add(Finding.at(file.path(), "not read: " + file.reason() + "; it was not checked for secrets"));
        }
        for (Skipped directory : project.tree().skipped()) {
            findings.add(Finding.at(directory.path(), "not listed: " + directory.reason()
                    + "; nothing in it was checked, secrets included"));
        }
        return findings;
    }
}
