package dev.layoutguard.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonTokensTest {

    /** Each name as {@code line:indent:name}, a logical line's end as {@code ;}, anything else as {@code _}. */
    private static List<String> tokens(String text) {
        PythonTokens tokens = new PythonTokens(text);
        List<String> read = new ArrayList<>();
        for (tokens.next(); tokens.type() != PythonTokens.END; tokens.next()) {
            read.add(switch (tokens.type()) {
                case PythonTokens.NAME -> tokens.line() + ":" + tokens.indent() + ":" + tokens.tokenText();
                case PythonTokens.NEWLINE -> ";";
                default -> "_";
            });
        }
        return read;
    }

    @Test
    void measuresIndentationWithTabsToTheNextMultipleOfEight() {
        assertEquals(List.of("1:0:class", "1:0:A", "_", ";", "2:10:def", "2:10:f", "_", "_", "_", ";", "3:3:pass"),
                tokens("class A:\n\t  def f():\n \f pass"));
    }

    @Test
    void endsALogicalLineOnlyOutsideBracketsAndBackslashContinuations() {
        assertEquals(List.of("1:0:x", "_", "_", "_", "_", "_", "_", "_", "_", ";", "4:0:y"),
                tokens("x = (1,\n  2) \\\n  + 3\ny"));
        assertEquals(List.of("1:0:a", ";", "4:0:b"), tokens("a\n\n   # only a comment\nb"));
    }

    @Test
    void aStringIsOneTokenAndItsTextIsNeverAName() {
        assertEquals(List.of("_", ";", "4:0:after", "_", "_"), tokens("'''\nimport x\n'''\nafter = rb'def'"));
    }

    @Test
    void namesInFStringReplacementFieldsAreNotNames() {
        assertEquals(List.of("1:0:s", "_", "_", "_", "_", "_", "1:0:x"), tokens("s = f\"{value:>{width}} text\" ; x"));
    }

    @Test
    void countsBracketsOfEveryKindWithinTheInnermostReplacementField() {
        PythonTokens tokens = new PythonTokens("f(a[{b");
        List<Integer> depths = new ArrayList<>();
        for (tokens.next(); tokens.type() != PythonTokens.END; tokens.next()) {
            depths.add(tokens.depth());
        }

        assertEquals(List.of(0, 1, 1, 2, 3, 3), depths);
    }

    @Test
    void aByteOrderMarkIsWhitespaceAndTakesNoColumn() {
        assertEquals(List.of("1:0:def", "1:0:test_a"), tokens("\uFEFFdef test_a").subList(0, 2));
    }
}
