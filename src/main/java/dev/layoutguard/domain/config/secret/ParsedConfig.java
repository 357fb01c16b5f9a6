package dev.layoutguard.domain.config.secret;

import java.util.ArrayList;
import java.util.List;

/**
 * What a scanner read from one configuration file: its assignments and its syntax problems. It keeps the bounds that
 * make hostile input cost no more than a few times its size: a key path longer than {@value #MAX_KEY_LENGTH}
 * characters or more than {@value #MAX_ASSIGNMENTS} keys stop the scan with a problem, as nesting deeper than
 * {@value #MAX_DEPTH} levels does in the scanners that nest.
 */
final class ParsedConfig {

    /** The longest key path kept, sections and parents included. */
    static final int MAX_KEY_LENGTH = 4096;
    /** The most keys read from one file. */
    static final int MAX_ASSIGNMENTS = 100_000;
    /** The deepest nesting followed. */
    static final int MAX_DEPTH = 200;

    private final List<Assignment> assignments = new ArrayList<>();
    private final List<SyntaxProblem> problems = new ArrayList<>();
    private boolean stopped;

    void assign(int line, int endLine, String key, String value) {
        if (stopped || !keyFits(line, key)) {
            return;
        }
        if (assignments.size() == MAX_ASSIGNMENTS) {
            stop(line, "more than " + MAX_ASSIGNMENTS + " keys");
            return;
        }
        assignments.add(new Assignment(line, endLine, key, value));
    }

    /** Whether a key path is within the bound; when it is not, the scan stops with a problem. */
    boolean keyFits(int line, String key) {
        if (key.length() > MAX_KEY_LENGTH) {
            stop(line, "a key path is longer than " + MAX_KEY_LENGTH + " characters");
            return false;
        }
        return true;
    }

    /** Records a problem past which nothing more is read. */
    void stop(int line, String description) {
        if (!stopped) {
            stopped = true;
            problem(line, description);
        }
    }

    /** Whether a bound stopped the scan, so the scanner may stop reading. */
    boolean stopped() {
        return stopped;
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
