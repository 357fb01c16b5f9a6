package dev.layoutguard.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.source.JvmTokens.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmTokensTest {

    /** Each token as {@code line:text}, a literal as {@code line:"}, template code marked with {@code $}. */
    private static List<String> tokens(String text, boolean kotlin) {
        JvmTokens tokens = new JvmTokens(text, kotlin);
        List<String> read = new ArrayList<>();
        for (Kind kind = tokens.next(); kind != Kind.END; kind = tokens.next()) {
            String token = switch (kind) {
                case IDENTIFIER -> tokens.tokenText();
                case SYMBOL -> String.valueOf(tokens.symbol());
                default -> "\"";
            };
            read.add(tokens.line() + ":" + (tokens.inTemplate() && kind != Kind.LITERAL ? "$" : "") + token);
        }
        return read;
    }

    /** The brackets {@link JvmTokens#nextBracket()} moves to, as {@code line:bracket}. */
    private static List<String> brackets(String text) {
        JvmTokens tokens = new JvmTokens(text, false);
        List<String> read = new ArrayList<>();
        for (Kind kind = tokens.nextBracket(); kind != Kind.END; kind = tokens.nextBracket()) {
            read.add(tokens.line() + ":" + tokens.symbol());
        }
        return read;
    }

    /** The brackets among the tokens {@link JvmTokens#next()} reads. */
    private static List<String> bracketTokens(String text) {
        return tokens(text, false).stream().filter(token -> token.matches("\\d+:[{}()]")).toList();
    }

    @Test
    void movesToTheBracketsOfTheCodeAlone() {
        String text = "void a(int b) { s = \"{(\"; c = '}'; // }\r\n /* ) */ t = \"\"\"\n  )\n  \"\"\";\r"
                + "x.y(z) { } /* never closed {";

        assertEquals(List.of("1:(", "1:)", "1:{", "5:(", "5:)", "5:{", "5:}"), brackets(text));
        assertEquals(bracketTokens(text), brackets(text));
        assertEquals(List.of("2:{", "2:}"), brackets("\"unclosed {\n{ '\\'' }"));
        assertEquals(bracketTokens("\"unclosed {\n{ '\\'' }"), brackets("\"unclosed {\n{ '\\'' }"));
    }

    @Test
    void readsIdentifiersSymbolsAndLiteralsWithTheirLines() {
        assertEquals(List.of("1:int", "1:x", "1:=", "1:\"", "1:;", "2:String", "2:s", "2:=", "2:\"", "2:+", "2:\"",
                "2:;"), tokens("int x = 0x1F;\nString s = \"a\" + 'b';", false));
    }

    @Test
    void aJavaNumberMayStartWithADotWhileKotlinReadsTheDot() {
        assertEquals(List.of("1:a", "1:=", "1:\"", "1:;"), tokens("a = .5e3;", false));
        assertEquals(List.of("1:a", "1:=", "1:.", "1:\""), tokens("a = .5", true));
    }

    @Test
    void commentsAreSkippedAndOnlyKotlinOnesNest() {
        assertEquals(List.of("1:still", "1:code"), tokens("/* a /* b */ still code", false));
        assertEquals(List.of("1:code"), tokens("/* a /* b */ still comment */ code", true));
    }

    @Test
    void kotlinTemplateExpressionsAreCodeWhileTheTextAroundAndSimpleTemplatesAreNot() {
        assertEquals(List.of("1:val", "1:s", "1:=", "1:\"", "1:$name", "1:$.", "1:$length", "1:\"", "1:+", "1:x"),
                tokens("val s = \"$hidden ${name.length} text\" + x", true));
    }

    @Test
    void bracesInsideATemplateDoNotEndIt() {
        assertEquals(List.of("1:\"", "1:$f", "1:${", "1:$a", "1:$}", "1:\"", "1:b"),
                tokens("\"${f { a }} tail\" b", true));
    }

    @Test
    void javaHasNoTemplatesAndNoBackquotedNames() {
        assertEquals(List.of("1:\"", "1:`", "1:a", "1:`"), tokens("\"${name}\" `a`", false));
        assertEquals(List.of("1:fun", "1:adds two", "1:("), tokens("fun `adds two`(", true));
    }

    @Test
    void anEmptyOrUnclosedBackquoteIsNoName() {
        assertEquals(List.of("1:\"", "1:\"", "2:\"", "3:next"), tokens("``\n`never closed\nnext", true));
    }

    @Test
    void escapesInJavaTextBlocksHideQuotesButKotlinRawStringsHaveNoEscapes() {
        assertEquals(List.of("1:\"", "3:after"), tokens("\"\"\"\n\\\"\"\" still inside\n\"\"\" after", false));
        assertEquals(List.of("1:\"", "1:after", "1:\"", "2:next"), tokens("\"\"\"\\\"\"\" after \"x\"\nnext", true));
    }

    @Test
    void unterminatedLiteralsEndAtTheirLineAndAByteOrderMarkIsWhitespace() {
        assertEquals(List.of("1:\"", "2:import", "3:\"", "4:x"), tokens("\uFEFF\"open\nimport\n'\nx", false));
        assertEquals(List.of("1:a", "3:b", "4:c"), tokens("a\r\n\r\nb\rc", false));
    }
}
