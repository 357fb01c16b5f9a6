package dev.layoutguard.domain.config.secret;

import java.util.ArrayList;
import java.util.List;

/** What a scanner read from one configuration file: its assignments and its syntax problems. */
final class ParsedConfig {

    private final List<Assignment> assignments = new ArrayList<>();
    private final List<SyntaxProblem> problems = new ArrayList<>();

    void assign(int line, int endLine, String key, String value) {
        assignments.add(new Assignment(line, endLine, key, value));
    }

    void problem(int line, String description) {
        problems.add(new SyntaxProblem(line, description));
    }

    List<Assignment> assignments() {
        return assignments;
    }

    List<SyntaxProblem> problems() {
        return problems;
    }
}
