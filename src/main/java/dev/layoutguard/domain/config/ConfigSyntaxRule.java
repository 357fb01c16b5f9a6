package dev.layoutguard.domain.config;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.config.secret.SyntaxProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags configuration files the secret check cannot parse, at the line where parsing failed, so a secret hidden
 * past a syntax error is not silently missed. The message describes the problem and never quotes the file.
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
        return findings;
    }
}
