package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.testing.JvmTokens.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reads a Java or Kotlin file for what makes it a test: its test annotations and the shape of its main class. It
 * reads tokens, never raw text, so an {@code @Test} in a comment or a string is not a test; it never fails, and
 * text it cannot make sense of yields fewer facts, not an error.
 */
public final class JvmTestLexer {

    private static final Set<String> NOT_CONCRETE = Set.of("abstract", "sealed", "annotation");
    private static final Set<String> DECLARING = Set.of("class", "interface", "object", "enum", "record");

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
                identifier();
            } else {
                symbol(tokens.symbol());
            }
            kind = tokens.next();
        }
        endHeader();
        Declaration main = named != null ? named : first;
        return main == null ? new JvmTestClass(testMethods, false, List.of(), null)
                : new JvmTestClass(testMethods, main.concrete, main.supertypes, main.line);
    }

    /** Reads {@code @Name} or {@code @a.b.Name} and returns the token after it; {@code @interface} declares. */
    private Kind annotation() {
        Kind kind = tokens.next();
        if (kind != Kind.IDENTIFIER) {
            return kind;
        }
        if (tokens.identifier().equals("interface")) {
            afterDot = false;
            identifier();
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

    /** Takes the identifier just read; its text is asked for only where it can matter, outside bodies and calls. */
    private void identifier() {
        boolean qualified = afterDot;
        afterDot = false;
        if (expecting == null && !inHeaderAtTop() && (braces != 0 || parens != 0 || qualified)) {
            return;
        }
        String word = tokens.identifier();
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
        if (inHeaderAtTop() && !DECLARING.contains(word) && !NOT_CONCRETE.contains(word)) {
            header.supertypeWord(word, qualified);
            return;
        }
        if (braces != 0 || parens != 0 || qualified) {
            return;
        }
        if (word.equals("enum") || word.equals("record")) {
            endHeader();
            expecting = new Declaration(tokens.line(), false);
        } else if (NOT_CONCRETE.contains(word)) {
            pendingNotConcrete = true;
        } else if (word.equals("class") || word.equals("interface") || word.equals("object")) {
            endHeader();
            expecting = new Declaration(tokens.line(), word.equals("class") && !pendingNotConcrete);
            pendingNotConcrete = false;
        }
    }

    private void symbol(char symbol) {
        afterDot = symbol == '.' || symbol == ':' && !inHeaderAtTop();
        if (inHeaderAtTop()) {
            header.supertypeSymbol(symbol, kotlin);
        }
        expecting = null;
        switch (symbol) {
            case '{' -> {
                if (parens == 0) {
                    endHeader();
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
                    endHeader();
                    pendingNotConcrete = false;
                }
            }
            default -> {
            }
        }
    }

    private void endHeader() {
        if (header != null) {
            header.endSupertype();
        }
        header = null;
        angles = 0;
    }

    private boolean inHeaderAtTop() {
        return header != null && parens == 0 && angles == 0;
    }

    /** A top-level type declaration being read, with the supertypes its header names. */
    private static final class Declaration {
        private final int line;
        private final boolean concrete;
        private final List<String> supertypes = new ArrayList<>();
        private String name;
        private boolean listOpen;
        private boolean expectingType;
        private String type;

        private Declaration(int line, boolean concrete) {
            this.line = line;
            this.concrete = concrete;
        }

        /** {@code extends} and {@code implements} open a list; a qualified name keeps its last segment. */
        void supertypeWord(String word, boolean qualified) {
            if (word.equals("extends") || word.equals("implements")) {
                endSupertype();
                listOpen = true;
                expectingType = true;
            } else if (expectingType || qualified && type != null) {
                type = word;
                expectingType = false;
            } else {
                endSupertype();
                listOpen = false;
            }
        }

        /** Kotlin's {@code :} opens the list, a comma continues it, other symbols end a name. */
        void supertypeSymbol(char symbol, boolean kotlin) {
            if (symbol == '.' && type != null) {
                return;
            }
            endSupertype();
            listOpen = symbol == ':' && kotlin || listOpen && ",()<>".indexOf(symbol) >= 0;
            expectingType = listOpen && (symbol == ':' || symbol == ',');
        }

        void endSupertype() {
            if (type != null) {
                supertypes.add(type);
            }
            type = null;
        }
    }
}
