package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.testing.JvmTokens.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads a Java or Kotlin file for what makes it a test: its test annotations and the shape of its main class. It
 * reads tokens, never raw text, so an {@code @Test} in a comment or a string is not a test; it never fails, and
 * text it cannot make sense of yields fewer facts, not an error.
 */
public final class JvmTestLexer {

    private static final List<String> NOT_CONCRETE = List.of("abstract", "sealed", "annotation");
    private static final List<String> CLASS_LIKE = List.of("class", "interface", "object");
    private static final List<String> DECLARING = List.of("class", "interface", "object", "enum", "record");

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

    /** Takes the identifier just read; its text is cut only for a type's name and its supertypes. */
    private void identifier() {
        boolean qualified = afterDot;
        afterDot = false;
        if (expecting != null && tokens.identifierIs("class")) {
            return;
        }
        if (expecting != null) {
            String word = tokens.identifier();
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
        if (inHeaderAtTop() && !isAny(DECLARING) && !isAny(NOT_CONCRETE)) {
            header.supertypeWord(tokens.identifier(), qualified);
            return;
        }
        if (braces != 0 || parens != 0 || qualified) {
            return;
        }
        if (tokens.identifierIs("enum") || tokens.identifierIs("record")) {
            endHeader();
            expecting = new Declaration(tokens.line(), false);
        } else if (isAny(NOT_CONCRETE)) {
            pendingNotConcrete = true;
        } else if (isAny(CLASS_LIKE)) {
            boolean isClass = tokens.identifierIs("class");
            endHeader();
            expecting = new Declaration(tokens.line(), isClass && !pendingNotConcrete);
            pendingNotConcrete = false;
        }
    }

    private boolean isAny(List<String> words) {
        for (String word : words) {
            if (tokens.identifierIs(word)) {
                return true;
            }
        }
        return false;
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
