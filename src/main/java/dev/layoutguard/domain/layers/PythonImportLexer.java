package dev.layoutguard.domain.layers;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the modules a Python source imports: {@code import a.b}, {@code import a.b as c}, {@code from a.b import c}
 * (which also yields {@code a.b.c}, since {@code c} may be a module), relative imports resolved against the file's
 * package, parenthesised and backslash-continued imports, and imports anywhere in the file (inside functions, under
 * {@code if TYPE_CHECKING:}). Text in comments, strings, docstrings and f-strings is never read as an import. One pass
 * over the text, driven by {@link PythonTokens}.
 */
public final class PythonImportLexer {

    private final PythonTokens tokens;
    private final String filePackage;
    private final List<SourceReference> found = new ArrayList<>();

    private PythonImportLexer(String text, String filePackage) {
        this.tokens = new PythonTokens(text);
        this.filePackage = filePackage;
    }

    /**
     * The imports of a Python source, as absolute dotted module names, in source order.
     *
     * @param filePackage the dotted package the file belongs to ({@code shop.domain} for {@code shop/domain/x.py}
     *                    and for {@code shop/domain/__init__.py}); the empty string for a top-level module, whose
     *                    relative imports cannot be resolved and are left out
     */
    public static List<SourceReference> references(String text, String filePackage) {
        return new PythonImportLexer(text, filePackage).run();
    }

    private List<SourceReference> run() {
        int previous = PythonTokens.NEWLINE;
        tokens.next();
        while (tokens.type() != PythonTokens.END) {
            if (previous != PythonTokens.DOT && tokens.is("import")) {
                tokens.next();
                importNames();
                previous = PythonTokens.OTHER;
            } else if (previous != PythonTokens.DOT && tokens.is("from")) {
                tokens.next();
                fromImport();
                previous = PythonTokens.OTHER;
            } else {
                previous = tokens.type();
                tokens.next();
            }
        }
        return found;
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
            tokens.next();
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
            tokens.next();
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
        tokens.next();
        String absolute = absolute(level, module);
        if (absolute == null) {
            return;
        }
        found.add(new SourceReference(line, absolute, SourceReference.Kind.IMPORT));
        boolean parenthesised = tokens.type() == PythonTokens.OPEN;
        if (parenthesised) {
            tokens.next();
        }
        while (tokens.type() == PythonTokens.NAME) {
            found.add(new SourceReference(tokens.line(), absolute + "." + tokens.text(),
                    SourceReference.Kind.IMPORTED_NAME));
            tokens.next();
            skipAlias();
            if (tokens.type() != PythonTokens.COMMA) {
                break;
            }
            tokens.next();
        }
        if (parenthesised && tokens.type() == PythonTokens.CLOSE) {
            tokens.next();
        }
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(tokens.text());
        tokens.next();
        while (tokens.type() == PythonTokens.DOT) {
            tokens.next();
            if (tokens.type() != PythonTokens.NAME) {
                break;
            }
            name.append('.').append(tokens.text());
            tokens.next();
        }
        return name.toString();
    }

    private void skipAlias() {
        if (tokens.is("as")) {
            tokens.next();
            if (tokens.type() == PythonTokens.NAME) {
                tokens.next();
            }
        }
    }

    /** A relative module made absolute: one dot is the file's package, each further dot its parent. */
    private String absolute(int level, String module) {
        if (level == 0) {
            return module;
        }
        String base = filePackage;
        for (int up = 1; up < level; up++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            base = base.substring(0, dot);
        }
        if (base.isEmpty()) {
            return null;
        }
        return module.isEmpty() ? base : base + "." + module;
    }
}
