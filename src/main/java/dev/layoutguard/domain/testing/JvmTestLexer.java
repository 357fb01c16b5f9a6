package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.testing.JvmTokens.Kind;
import java.util.Collection;
import java.util.Set;

/**
 * Reads a Java or Kotlin file for what makes it a test: its test annotations and the shape of its main class. It
 * reads tokens, never raw text, so an {@code @Test} in a comment or a string is not a test; it never fails, and
 * text it cannot make sense of yields fewer facts, not an error.
 */
public final class JvmTestLexer {

    private static final Set<String> NOT_CONCRETE = Set.of("abstract", "sealed", "annotation");

    private final JvmTokens tokens;
    private final String stem;
    private final Collection<String> annotations;
    private final boolean kotlin;

    private int braces;
    private int parens;
    private int angles;
    private boolean afterDot;
    private boolean pendingNotConcrete;
    private int testMethods;
    private Declaration expecting;
    private Declaration header;
    private Declaration named;
    private Declaration first;

    private JvmTestLexer(String text, String stem, Collection<String> annotations, boolean kotlin) {
        this.tokens = new JvmTokens(text, kotlin);
        this.stem = stem;
        this.annotations = annotations;
        this.kotlin = kotlin;
    }

    /**
     * Reads a file.
     *
     * @param stem        the file name without its extension, which names the main class
     * @param annotations simple names of test annotations ({@code Test}, {@code ParameterizedTest})
     * @param kotlin      whether the text is Kotlin (nested comments, raw strings, templates, {@code :} supertypes)
     */
    public static JvmTestClass read(String text, String stem, Collection<String> annotations, boolean kotlin) {
        return new JvmTestLexer(text, stem, annotations, kotlin).read();
    }

    private JvmTestClass read() {
        Kind kind = tokens.next();
        while (kind != Kind.END) {
            if (kind == Kind.SYMBOL && tokens.symbol() == '@') {
                kind = annotation();
                continue;
            }
            if (kind == Kind.IDENTIFIER) {
                identifier(tokens.identifier());
            } else {
                symbol(tokens.symbol());
            }
            kind = tokens.next();
        }
        Declaration main = named != null ? named : first;
        return main == null ? new JvmTestClass(testMethods, false, false, null)
                : new JvmTestClass(testMethods, main.concrete, main.inherits, main.line);
    }

    /** Reads {@code @Name} or {@code @a.b.Name} and returns the token after it; {@code @interface} declares. */
    private Kind annotation() {
        Kind kind = tokens.next();
        if (kind != Kind.IDENTIFIER) {
            return kind;
        }
        if (tokens.identifier().equals("interface")) {
            afterDot = false;
            identifier("interface");
            return tokens.next();
        }
        String name = tokens.identifier();
        kind = tokens.next();
        while (kind == Kind.SYMBOL && tokens.symbol() == '.') {
            kind = tokens.next();
            if (kind != Kind.IDENTIFIER) {
                break;
            }
            name = tokens.identifier();
            kind = tokens.next();
        }
        if (annotations.contains(name)) {
            testMethods++;
        }
        afterDot = false;
        return kind;
    }

    private void identifier(String word) {
        boolean qualified = afterDot;
        afterDot = false;
        if (expecting != null && word.equals("class")) {
            return;
        }
        if (expecting != null) {
            expecting.name = word;
            header = expecting;
            expecting = null;
            if (word.equals(stem) && named == null) {
                named = header;
            }
            if (first == null) {
                first = header;
            }
            return;
        }
        if (header != null && parens == 0 && angles == 0 && (word.equals("extends") || word.equals("implements"))) {
            header.inherits = true;
        }
        if (braces != 0 || parens != 0 || qualified) {
            return;
        }
        if (word.equals("enum") || word.equals("record")) {
            header = null;
            angles = 0;
            expecting = new Declaration(tokens.line(), false);
        } else if (NOT_CONCRETE.contains(word)) {
            pendingNotConcrete = true;
        } else if (word.equals("class") || word.equals("interface") || word.equals("object")) {
            header = null;
            angles = 0;
            expecting = new Declaration(tokens.line(), word.equals("class") && !pendingNotConcrete);
            pendingNotConcrete = false;
        }
    }

    private void symbol(char symbol) {
        afterDot = symbol == '.' || symbol == ':' && !inHeaderAtTop();
        if (header != null && inHeaderAtTop() && symbol == ':' && kotlin) {
            header.inherits = true;
        }
        expecting = null;
        switch (symbol) {
            case '{' -> {
                if (parens == 0) {
                    header = null;
                    angles = 0;
                }
                braces++;
            }
            case '}' -> {
                braces = Math.max(0, braces - 1);
                pendingNotConcrete &= braces != 0;
            }
            case '(' -> parens++;
            case ')' -> parens = Math.max(0, parens - 1);
            case '<' -> angles += header != null ? 1 : 0;
            case '>' -> angles = Math.max(0, angles - (header != null ? 1 : 0));
            case ';' -> {
                if (braces == 0 && parens == 0) {
                    header = null;
                    pendingNotConcrete = false;
                }
            }
            default -> {
            }
        }
    }

    private boolean inHeaderAtTop() {
        return header != null && parens == 0 && angles == 0;
    }

    /** A top-level type declaration being read. */
    private static final class Declaration {
        private final int line;
        private final boolean concrete;
        private String name;
        private boolean inherits;

        private Declaration(int line, boolean concrete) {
            this.line = line;
            this.concrete = concrete;
        }
    }
}
