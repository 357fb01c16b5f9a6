package dev.layoutguard.domain.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tests pytest would find in a Python module from its tokens, taken one at a time as the reader reads them:
 * top-level {@code test*} functions and the {@code test*} methods of top-level classes, with each top-level class's
 * line and whether it names base classes. It follows logical lines and their indentation; strings, comments and
 * f-strings never reach it as names, so a {@code def test_x} inside a string is not a test.
 */
final class PythonTestCollector {

    /** What the next name of a statement is. */
    private enum Expecting {
        CLASS_NAME,
        FUNCTION_NAME,
        BASES
    }

    private final PythonTokens tokens;
    private boolean lineStart = true;
    private int indent;
    private int tokensInLine;
    private boolean afterAsync;
    private Expecting expecting;
    private int basesDepth = -1;
    private int testFunctions;
    private final List<PythonTestModule.TestClass> classes = new ArrayList<>();
    private String className;
    private int classLine;
    private boolean classBases;
    private int classTests;

    PythonTestCollector(PythonTokens tokens) {
        this.tokens = tokens;
    }

    /** Takes the token the tokenizer has just read. */
    void take() {
        int type = tokens.type();
        if (type == PythonTokens.NEWLINE) {
            lineStart = true;
            return;
        }
        if (type == PythonTokens.END) {
            endClass();
            return;
        }
        if (lineStart) {
            startLogicalLine();
        }
        if (type == PythonTokens.NAME) {
            name();
        } else {
            other(type);
        }
    }

    /** The tests found, once the tokenizer has reached the end. */
    PythonTestModule module() {
        return testFunctions == 0 && classes.isEmpty() ? PythonTestModule.NONE
                : new PythonTestModule(testFunctions, classes);
    }

    private void startLogicalLine() {
        lineStart = false;
        indent = tokens.indent();
        tokensInLine = 0;
        expecting = null;
        basesDepth = -1;
        if (indent == 0) {
            endClass();
        }
    }

    private void name() {
        boolean statementStart = tokensInLine == 0 || tokensInLine == 1 && afterAsync;
        if (expecting == Expecting.CLASS_NAME) {
            if (indent == 0) {
                endClass();
                className = tokens.tokenText();
                classLine = tokens.line();
                expecting = Expecting.BASES;
            } else {
                expecting = null;
            }
        } else if (expecting == Expecting.FUNCTION_NAME) {
            expecting = null;
            if (tokens.startsWith("test")) {
                if (indent == 0) {
                    testFunctions++;
                } else if (className != null) {
                    classTests++;
                }
            }
        } else if (statementStart && (tokens.is("class") || tokens.is("def"))) {
            expecting = tokens.is("class") ? Expecting.CLASS_NAME : Expecting.FUNCTION_NAME;
        } else if (basesDepth >= 0 && tokens.depth() == basesDepth && !tokens.is("object")) {
            classBases = true;
        }
        afterAsync = tokensInLine == 0 && tokens.is("async");
        tokensInLine++;
    }

    /** Any token but a name: a literal or punctuation, which ends what a statement was expecting. */
    private void other(int type) {
        if (type == PythonTokens.OPEN && expecting == Expecting.BASES) {
            basesDepth = tokens.depth();
        } else if (tokens.depth() < basesDepth) {
            basesDepth = -1;
        }
        expecting = null;
        afterAsync = false;
        tokensInLine++;
    }

    private void endClass() {
        if (className != null) {
            classes.add(new PythonTestModule.TestClass(className, classLine, classBases, classTests));
        }
        className = null;
        classBases = false;
        classTests = 0;
    }
}
