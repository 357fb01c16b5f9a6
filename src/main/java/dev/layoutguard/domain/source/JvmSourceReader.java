package dev.layoutguard.domain.source;

import dev.layoutguard.domain.source.JvmTokens.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Java or Kotlin file in one pass for everything the rules ask of it: every token goes to a
 * {@link QualifiedNameCollector} for the package and the references, and the top-level declarations are read here for
 * the public type and what makes the file a test (its test annotations and the shape of its main class). It never
 * fails: text it cannot make sense of yields fewer facts, not an error.
 */
final class JvmSourceReader {

    /** What a word at the top level means to the declarations. */
    private enum Word {
        /** {@code public}. */
        PUBLIC,
        /** {@code abstract}, {@code sealed}, {@code annotation}: the class that follows is not concrete. */
        NOT_CONCRETE,
        /** {@code class}, {@code interface}, {@code object}. */
        CLASS_LIKE,
        /** {@code enum}, {@code record}: never a concrete class. */
        ENUM_OR_RECORD,
        /** Anything else. */
        OTHER
    }

    private final String text;
    private final JvmTokens tokens;
    private final QualifiedNameCollector names;
    private final String stem;
    private final SourceWatch watch;
    private final boolean kotlin;

    private int braces;
    private int parens;
    private int angles;
    private boolean afterDot;
    private boolean pendingNotConcrete;
    private boolean pendingPublic;
    private int testMethods;
    private Declaration expecting;
    private Declaration header;
    private Declaration named;
    private Declaration first;
    private JavaPublicType publicType;

    private JvmSourceReader(String text, String stem, SourceWatch watch, NamePool pool, boolean kotlin) {
        this.text = text;
        this.tokens = new JvmTokens(text, kotlin);
        this.names = new QualifiedNameCollector(text, watch, pool);
        this.stem = stem;
        this.watch = watch;
        this.kotlin = kotlin;
    }

    /**
     * Reads a file.
     *
     * @param stem   the file name without its extension, which names the main class
     * @param pool   where the package and the names the file refers to are kept
     * @param kotlin whether the text is Kotlin (nested comments, raw strings, templates, {@code :} supertypes)
     */
    static SourceFile read(String text, String stem, SourceWatch watch, NamePool pool, boolean kotlin) {
        return new JvmSourceReader(text, stem, watch, pool, kotlin).read();
    }

    /**
     * Reads a file only as far as its package declaration and its first public top-level type: the same two facts
     * {@link #read} gives, without lexing the code after them. A file that declares no package, or (in Java) no
     * public type, is read to its end, since the fact could still come.
     */
    static SourceHeader readHeader(String text, String stem, SourceWatch watch, NamePool pool, boolean kotlin) {
        JvmSourceReader reader = new JvmSourceReader(text, stem, watch, pool, kotlin);
        reader.scan(true);
        return new SourceHeader(reader.names.declaredPackage(), Optional.ofNullable(reader.publicType));
    }

    private SourceFile read() {
        scan(false);
        Declaration main = named != null ? named : first;
        JvmTestClass testClass = main == null ? new JvmTestClass(testMethods, false, List.of(), null)
                : new JvmTestClass(testMethods, main.concrete, main.supertypes, main.line);
        return new SourceFile(names.declaredPackage(), names.references(), Optional.ofNullable(publicType),
                testClass, PythonTestModule.NONE);
    }

    /**
     * Reads the tokens to the end, or with {@code headerOnly}, until the package and the public type are known. Once
     * the package is read, a header read passes over the body of a top-level Java type bracket by bracket: with no
     * type header open, no token inside a body but a brace or a parenthesis changes where the next top-level
     * declaration starts, and the package is final, so the public type comes out as a whole read finds it.
     */
    private void scan(boolean headerOnly) {
        Kind kind = next();
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
            boolean packageRead = headerOnly && names.packageRead();
            if (packageRead && (kotlin || publicType != null)) {
                return;
            }
            kind = packageRead && braces > 0 && header == null ? tokens.nextBracket() : next();
        }
        endHeader();
    }

    /**
     * The next token of the declarations: every token on the way goes to the names, while literals and the code of
     * Kotlin string templates, where no declaration or annotation of the file can stand, are passed over.
     */
    private Kind next() {
        while (true) {
            Kind kind = tokens.next();
            if (kind == Kind.IDENTIFIER) {
                names.identifier(tokens.start, tokens.end, tokens.line());
            } else if (kind == Kind.SYMBOL) {
                char symbol = tokens.symbol();
                if (symbol == '.') {
                    names.dot();
                } else if (symbol == '*') {
                    names.star();
                } else {
                    names.other();
                }
            } else if (kind == Kind.LITERAL) {
                names.other();
                continue;
            } else {
                return kind;
            }
            if (!tokens.inTemplate()) {
                return kind;
            }
        }
    }

    /** Reads {@code @Name} or {@code @a.b.Name} and returns the token after it; {@code @interface} declares. */
    private Kind annotation() {
        Kind kind = next();
        if (kind != Kind.IDENTIFIER) {
            return kind;
        }
        if (tokens.tokenIs("interface")) {
            afterDot = false;
            identifier();
            return next();
        }
        int start = tokens.start;
        int end = tokens.end;
        kind = next();
        while (kind == Kind.SYMBOL && tokens.symbol() == '.') {
            kind = next();
            if (kind != Kind.IDENTIFIER) {
                break;
            }
            start = tokens.start;
            end = tokens.end;
            kind = next();
        }
        if (watch.isTestAnnotation(text, start, end)) {
            testMethods++;
        }
        afterDot = false;
        return kind;
    }

    /** Takes the identifier just read; its text is cut only for a type's name and its supertypes. */
    private void identifier() {
        boolean qualified = afterDot;
        afterDot = false;
        if (expecting != null && tokens.tokenIs("class")) {
            return;
        }
        if (expecting != null) {
            named(expecting);
            return;
        }
        boolean inHeader = inHeaderAtTop();
        if (!inHeader && (braces != 0 || parens != 0 || qualified)) {
            return;
        }
        Word word = word();
        if (inHeader && (word == Word.PUBLIC || word == Word.OTHER)) {
            header.supertypeWord(tokens.tokenText(), qualified);
            return;
        }
        if (braces != 0 || parens != 0 || qualified) {
            return;
        }
        switch (word) {
            case PUBLIC -> pendingPublic = true;
            case NOT_CONCRETE -> pendingNotConcrete = true;
            case ENUM_OR_RECORD -> {
                endHeader();
                expecting = new Declaration(tokens.line(), false, pendingPublic);
                pendingPublic = false;
            }
            case CLASS_LIKE -> {
                boolean isClass = tokens.tokenIs("class");
                endHeader();
                expecting = new Declaration(tokens.line(), isClass && !pendingNotConcrete, pendingPublic);
                pendingNotConcrete = false;
                pendingPublic = false;
            }
            default -> {
            }
        }
    }

    /** The identifier just read as a word of a declaration, told apart by its length before its letters. */
    private Word word() {
        return switch (tokens.end - tokens.start) {
            case 4 -> tokens.tokenIs("enum") ? Word.ENUM_OR_RECORD : Word.OTHER;
            case 5 -> tokens.tokenIs("class") ? Word.CLASS_LIKE : Word.OTHER;
            case 6 -> tokens.tokenIs("public") ? Word.PUBLIC
                    : tokens.tokenIs("record") ? Word.ENUM_OR_RECORD
                    : tokens.tokenIs("sealed") ? Word.NOT_CONCRETE
                    : tokens.tokenIs("object") ? Word.CLASS_LIKE : Word.OTHER;
            case 8 -> tokens.tokenIs("abstract") ? Word.NOT_CONCRETE : Word.OTHER;
            case 9 -> tokens.tokenIs("interface") ? Word.CLASS_LIKE : Word.OTHER;
            case 10 -> tokens.tokenIs("annotation") ? Word.NOT_CONCRETE : Word.OTHER;
            default -> Word.OTHER;
        };
    }

    /** The identifier just read names the declaration that was expecting it. */
    private void named(Declaration declaration) {
        header = declaration;
        expecting = null;
        if (named == null && tokens.tokenIs(stem)) {
            named = header;
        }
        if (first == null) {
            first = header;
        }
        if (declaration.isPublic && publicType == null && !kotlin) {
            publicType = new JavaPublicType(tokens.tokenText(), tokens.line());
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
                    pendingPublic &= braces != 0;
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
                    pendingPublic = false;
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
        private final boolean isPublic;
        private final List<String> supertypes = new ArrayList<>();
        private boolean listOpen;
        private boolean expectingType;
        private String type;

        private Declaration(int line, boolean concrete, boolean isPublic) {
            this.line = line;
            this.concrete = concrete;
            this.isPublic = isPublic;
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
