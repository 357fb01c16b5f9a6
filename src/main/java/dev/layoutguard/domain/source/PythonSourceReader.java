package dev.layoutguard.domain.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Python module in one pass for everything the rules ask of it: the modules it imports, which it reads here,
 * and its tests, which a {@link PythonTestCollector} finds in the same tokens. Imports: {@code import a.b},
 * {@code import a.b as c}, {@code from a.b import c} (which also yields {@code a.b.c}, since {@code c} may be a
 * module), relative imports with their leading dots, parenthesised and backslash-continued imports, and imports
 * anywhere in the file (inside functions, under {@code if TYPE_CHECKING:}). Text in comments, strings, docstrings and
 * f-strings is never read as an import.
 */
final class PythonSourceReader {

    private final PythonTokens tokens;
    private final PythonTestCollector tests;
    private final NamePool pool;
    private final List<SourceReference> found = new ArrayList<>();

    private PythonSourceReader(String text, NamePool pool) {
        this.tokens = new PythonTokens(text);
        this.tests = new PythonTestCollector(tokens);
        this.pool = pool;
    }

    /** Reads a module's text; the names it imports are kept in the pool. */
    static SourceFile read(String text, NamePool pool) {
        return new PythonSourceReader(text, pool).read();
    }

    private SourceFile read() {
        int previous = PythonTokens.NEWLINE;
        next();
        while (tokens.type() != PythonTokens.END) {
            if (previous != PythonTokens.DOT && tokens.is("import")) {
                next();
                importNames();
                previous = PythonTokens.OTHER;
            } else if (previous != PythonTokens.DOT && tokens.is("from")) {
                next();
                fromImport();
                previous = PythonTokens.OTHER;
            } else {
                previous = tokens.type();
                next();
            }
        }
        return new SourceFile("", found, Optional.empty(), JvmTestClass.NONE, tests.module());
    }

    /** Moves to the next token, which the tests collector takes too. */
    private void next() {
        tokens.next();
        tests.take();
    }

    /** {@code import a.b as c, d}: after the keyword. */
    private void importNames() {
        while (tokens.type() == PythonTokens.NAME) {
            int line = tokens.line();
            found.add(new SourceReference(line, dottedName(), SourceReference.Kind.IMPORT));
            skipAlias();
            if (tokens.type() != PythonTokens.COMMA) {
                return;
            }
            next();
        }
    }

    /**
     * {@code from ..a.b import (c as d, e)}: after the keyword. A {@code from} that is not followed by a module and
     * {@code import} ({@code yield from}, {@code raise ... from}) yields nothing.
     */
    private void fromImport() {
        int line = tokens.line();
        int level = 0;
        while (tokens.type() == PythonTokens.DOT) {
            level++;
            next();
        }
        String module = "";
        if (tokens.type() == PythonTokens.NAME && !tokens.is("import")) {
            if (level == 0) {
                line = tokens.line();
            }
            module = dottedName();
        }
        if (level == 0 && module.isEmpty() || !tokens.is("import")) {
            return;
        }
        next();
        String from = level == 0 ? module : pool.name(".".repeat(level) + module);
        found.add(new SourceReference(line, from, SourceReference.Kind.IMPORT));
        boolean parenthesised = tokens.type() == PythonTokens.OPEN;
        if (parenthesised) {
            next();
        }
        while (tokens.type() == PythonTokens.NAME) {
            found.add(new SourceReference(tokens.line(), pool.name((module.isEmpty() ? from : from + ".")
                    + tokens.tokenText()), SourceReference.Kind.IMPORTED_NAME));
            next();
            skipAlias();
            if (tokens.type() != PythonTokens.COMMA) {
                break;
            }
            next();
        }
        if (parenthesised && tokens.type() == PythonTokens.CLOSE) {
            next();
        }
    }

    /** A dotted name, from the pool: cut from the text in one piece when written without spaces or breaks. */
    private String dottedName() {
        int start = tokens.start;
        int end = tokens.end;
        StringBuilder name = null;
        next();
        while (tokens.type() == PythonTokens.DOT) {
            next();
            if (tokens.type() != PythonTokens.NAME) {
                break;
            }
            if (name == null && tokens.start != end + 1) {
                name = new StringBuilder().append(tokens.text, start, end);
            }
            if (name != null) {
                name.append('.').append(tokens.text, tokens.start, tokens.end);
            }
            end = tokens.end;
            next();
        }
        return name == null ? pool.name(tokens.text, start, end) : pool.name(name.toString());
    }

    private void skipAlias() {
        if (tokens.is("as")) {
            next();
            if (tokens.type() == PythonTokens.NAME) {
                next();
            }
        }
    }
}
