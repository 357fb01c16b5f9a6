package dev.layoutguard.domain.source;

import java.util.List;
import java.util.Optional;

/**
 * The public top-level type a Java source declares ({@code public class|interface|enum|record|@interface Name}),
 * found by a small lexer that skips comments, strings, text blocks and character literals, and looks only at the
 * top level (outside braces and parentheses).
 *
 * @param name the type's name
 * @param line the 1-based line of the name
 */
public record JavaPublicType(String name, int line) {

    private static final List<String> TYPE_KEYWORDS = List.of("class", "interface", "enum", "record");

    /** The first public top-level type of a source, or empty when it declares none (or cannot be lexed). */
    public static Optional<JavaPublicType> in(String source) {
        int line = 1;
        int braces = 0;
        int parentheses = 0;
        boolean sawPublic = false;
        boolean expectName = false;
        int length = source.length();
        int i = 0;
        while (i < length) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < length && source.charAt(i + 1) == '/') {
                while (i < length && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < length && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? length : end + 2;
                line += newlines(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = literalEnd(source, i);
                line += newlines(source, i, end);
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < length && Character.isJavaIdentifierPart(source.charAt(i))) {
                    i++;
                }
                if (braces > 0 || parentheses > 0) {
                    continue;
                }
                if (expectName) {
                    return Optional.of(new JavaPublicType(source.substring(start, i), line));
                }
                // compared in place: the words of the package and import lines cost no allocation
                if (word(source, start, i, "public")) {
                    sawPublic = true;
                } else if (sawPublic && typeKeyword(source, start, i)) {
                    expectName = true;
                }
            } else {
                switch (c) {
                    case '{' -> braces++;
                    case '}' -> braces = Math.max(0, braces - 1);
                    case '(' -> parentheses++;
                    case ')' -> parentheses = Math.max(0, parentheses - 1);
                    default -> {
                    }
                }
                if ((c == '{' || c == ';') && braces <= 1 && parentheses == 0) {
                    sawPublic = false;
                    expectName = false;
                }
                i++;
            }
        }
        return Optional.empty();
    }

    private static boolean typeKeyword(String source, int start, int end) {
        for (String keyword : TYPE_KEYWORDS) {
            if (word(source, start, end, keyword)) {
                return true;
            }
        }
        return false;
    }

    private static boolean word(String source, int start, int end, String word) {
        return end - start == word.length() && source.regionMatches(start, word, 0, word.length());
    }

    /** Where a string, text block or character literal starting at {@code start} ends (exclusive). */
    private static int literalEnd(String source, int start) {
        char quote = source.charAt(start);
        int length = source.length();
        if (quote == '"' && source.startsWith("\"\"\"", start)) {
            int i = start + 3;
            while (i < length) {
                if (source.charAt(i) == '\\') {
                    i += 2;
                } else if (source.startsWith("\"\"\"", i)) {
                    return i + 3;
                } else {
                    i++;
                }
            }
            return length;
        }
        int i = start + 1;
        while (i < length) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return length;
    }

    private static int newlines(String source, int from, int to) {
        int count = 0;
        for (int i = from; i < Math.min(to, source.length()); i++) {
            if (source.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
