package dev.layoutguard.domain.layers;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the code tokens of a Java or Kotlin file into the dotted names under a base package: imports (static and
 * wildcard ones too) and fully qualified names in code. The lexers feed it identifiers, dots, stars and "anything
 * else"; comments and literals never reach it. It builds a name only while the chain still matches the base
 * package, so ordinary member chains ({@code list.stream().map}) cost no allocation.
 */
final class QualifiedNameCollector {

    private enum ChainKind { IMPORT, CODE, IGNORED, PACKAGE }

    private final String[] base;
    private final List<SourceReference> found = new ArrayList<>();
    private final StringBuilder chain = new StringBuilder();

    private ChainKind pending = ChainKind.CODE;
    private boolean danglingDot;
    private boolean inChain;
    private boolean expectSegment;
    private boolean matching;
    private boolean cut;
    private int segments;
    private int chainLine;
    private ChainKind kind;
    private String declaredPackage;

    /** @param basePackage the dotted base package; the empty string for the unnamed package */
    QualifiedNameCollector(String basePackage) {
        this.base = basePackage.isEmpty() ? new String[0] : basePackage.split("\\.");
    }

    void identifier(String text, int start, int end, int line) {
        if (inChain && expectSegment) {
            segment(text, start, end);
            expectSegment = false;
            return;
        }
        finishChain();
        if (danglingDot) {
            danglingDot = false;
            startChain(ChainKind.IGNORED, line);
            segment(text, start, end);
            return;
        }
        if (word(text, start, end, "package")) {
            pending = declaredPackage == null ? ChainKind.PACKAGE : ChainKind.IGNORED;
            return;
        }
        if (word(text, start, end, "import")) {
            pending = ChainKind.IMPORT;
            return;
        }
        if (pending == ChainKind.IMPORT && word(text, start, end, "static")) {
            return;
        }
        startChain(pending, line);
        pending = ChainKind.CODE;
        segment(text, start, end);
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
            if (matching) {
                chain.append(".*");
            }
            segments++;
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

    /** The file's {@code package} declaration, or the empty string when it has none. */
    String declaredPackage() {
        finishChain();
        return declaredPackage == null ? "" : declaredPackage;
    }

    private void startChain(ChainKind chainKind, int line) {
        inChain = true;
        expectSegment = false;
        kind = chainKind;
        matching = chainKind != ChainKind.IGNORED;
        cut = false;
        segments = 0;
        chainLine = line;
        chain.setLength(0);
    }

    private void segment(String text, int start, int end) {
        int index = segments++;
        if (kind == ChainKind.PACKAGE) {
            chain.append(index > 0 ? "." : "").append(text, start, end);
            return;
        }
        if (!matching) {
            return;
        }
        if (index < base.length && !word(text, start, end, base[index])) {
            matching = false;
            return;
        }
        if (cut) {
            return;
        }
        if (index > 0) {
            chain.append('.');
        }
        chain.append(text, start, end);
        cut = kind == ChainKind.CODE && index > base.length && Character.isUpperCase(text.charAt(start));
    }

    private void finishChain() {
        if (inChain && kind == ChainKind.PACKAGE) {
            declaredPackage = chain.toString();
        } else if (inChain && matching && segments > base.length && segments >= 2) {
            found.add(new SourceReference(chainLine, chain.toString(), kind == ChainKind.IMPORT
                    ? SourceReference.Kind.IMPORT : SourceReference.Kind.QUALIFIED_NAME));
        }
        inChain = false;
        expectSegment = false;
    }

    private static boolean word(String text, int start, int end, String word) {
        return end - start == word.length() && text.regionMatches(start, word, 0, word.length());
    }
}
