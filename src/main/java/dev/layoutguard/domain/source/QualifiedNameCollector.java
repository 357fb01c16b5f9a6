package dev.layoutguard.domain.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the code tokens of a Java or Kotlin file into its package declaration and the dotted names it refers to:
 * every import (static and wildcard ones too), and the fully qualified names in code that pass through a
 * {@linkplain SourceWatch watched} package. The reader feeds it identifiers, dots, stars and "anything else";
 * comments and literals never reach it. A chain of names is held as positions in the text and made a string only
 * when it is kept, so ordinary member chains ({@code list.stream().map}) cost no allocation.
 */
final class QualifiedNameCollector {

    private enum ChainKind { IMPORT, CODE, IGNORED, PACKAGE }

    private final String text;
    private final SourceWatch watch;
    private final NamePool pool;
    private final List<SourceReference> found = new ArrayList<>();

    /** What the next chain is: an import after {@code import}, the package after {@code package}, else code. */
    private ChainKind pending = ChainKind.CODE;
    /** A dot that follows no name ({@code ).}, {@code ].}): the chain after it is a member, never a name to keep. */
    private boolean danglingDot;
    private String declaredPackage;

    /** The chain being read: its kind and line, and its segments as positions in the text. */
    private boolean inChain;
    private ChainKind kind;
    private int chainLine;
    private int segments;
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    /** Whether a dot ended the chain so far, so a name continues it; a star then ends a wildcard import. */
    private boolean expectSegment;
    private boolean wildcard;

    QualifiedNameCollector(String text, SourceWatch watch, NamePool pool) {
        this.text = text;
        this.watch = watch;
        this.pool = pool;
    }

    void identifier(int start, int end, int line) {
        if (inChain && expectSegment) {
            segment(start, end);
            expectSegment = false;
            return;
        }
        finishChain();
        if (danglingDot) {
            danglingDot = false;
            startChain(ChainKind.IGNORED, line);
            segment(start, end);
            return;
        }
        if (word(start, end, "package")) {
            pending = declaredPackage == null ? ChainKind.PACKAGE : ChainKind.IGNORED;
            return;
        }
        if (word(start, end, "import")) {
            pending = ChainKind.IMPORT;
            return;
        }
        if (pending == ChainKind.IMPORT && word(start, end, "static")) {
            return;
        }
        startChain(pending, line);
        pending = ChainKind.CODE;
        segment(start, end);
    }

    void dot() {
        if (inChain && !expectSegment) {
            expectSegment = true;
            return;
        }
        finishChain();
        danglingDot = true;
        pending = ChainKind.CODE;
    }

    void star() {
        if (inChain && expectSegment && kind == ChainKind.IMPORT) {
            wildcard = true;
            expectSegment = false;
            finishChain();
            return;
        }
        other();
    }

    void other() {
        finishChain();
        danglingDot = false;
        pending = ChainKind.CODE;
    }

    /** Every name found, in the order of the source. */
    List<SourceReference> references() {
        finishChain();
        return found;
    }

    /**
     * Whether the file's {@code package} declaration has been read to its end: the first one is the file's, so no
     * later token changes {@link #declaredPackage()}.
     */
    boolean packageRead() {
        return declaredPackage != null;
    }

    /** The file's {@code package} declaration, or the empty string when it has none. */
    String declaredPackage() {
        finishChain();
        return declaredPackage == null ? "" : declaredPackage;
    }

    private void startChain(ChainKind chainKind, int line) {
        inChain = true;
        expectSegment = false;
        wildcard = false;
        kind = chainKind;
        segments = 0;
        chainLine = line;
    }

    private void segment(int start, int end) {
        if (kind != ChainKind.IGNORED && segments > 0 && end - starts[0] > SourceReference.MAX_LENGTH) {
            // no name is this long: the chain is hostile input, and keeping it would cost its whole length again
            kind = ChainKind.IGNORED;
        }
        if (kind == ChainKind.IGNORED) {
            return;
        }
        if (segments == starts.length) {
            starts = Arrays.copyOf(starts, segments * 2);
            ends = Arrays.copyOf(ends, segments * 2);
        }
        starts[segments] = start;
        ends[segments] = end;
        segments++;
    }

    private void finishChain() {
        if (!inChain) {
            return;
        }
        inChain = false;
        expectSegment = false;
        switch (kind) {
            case PACKAGE -> declaredPackage = chain();
            case IMPORT -> found.add(new SourceReference(chainLine, chain(), SourceReference.Kind.IMPORT));
            case CODE -> {
                if (segments >= 2 && watched()) {
                    found.add(new SourceReference(chainLine, chain(), SourceReference.Kind.QUALIFIED_NAME));
                }
            }
            default -> {
            }
        }
    }

    private boolean watched() {
        for (int i = 0; i < segments; i++) {
            if (watch.watches(text, starts[i], ends[i])) {
                return true;
            }
        }
        return false;
    }

    /** The chain's name, from the pool: cut from the text in one piece when written without spaces or comments. */
    private String chain() {
        boolean written = !wildcard;
        for (int i = 1; i < segments && written; i++) {
            written = starts[i] == ends[i - 1] + 1;
        }
        if (written) {
            return pool.name(text, starts[0], ends[segments - 1]);
        }
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < segments; i++) {
            chain.append(i > 0 ? "." : "").append(text, starts[i], ends[i]);
        }
        return pool.name(wildcard ? chain.append(".*").toString() : chain.toString());
    }

    private boolean word(int start, int end, String word) {
        return end - start == word.length() && text.regionMatches(start, word, 0, word.length());
    }
}
