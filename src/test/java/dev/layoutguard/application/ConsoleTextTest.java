package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    @Test
    void writesLineBreaksAsEscapesSoNoNameStartsALineOfItsOwn() {
        assertEquals("/p/x\\n::stop-commands::t\\ny_GUIDE.md [root-allowlist] not allowed",
                ConsoleText.line("/p/x\n::stop-commands::t\ny_GUIDE.md [root-allowlist] not allowed"));
        assertEquals("a\\r\\nb\\tc", ConsoleText.line("a\r\nb\tc"));
    }

    @Test
    void writesEscapeAndOtherControlCodesVisibly() {
        assertEquals("\\u001b[31mred\\u001b[0m \\u0007 \\u007f \\u009b", ConsoleText.line("\u001b[31mred\u001b[0m \u0007 \u007f \u009b"));
    }

    @Test
    void writesLineSeparatorsAndBidirectionalOverridesVisibly() {
        assertEquals("a\\u2028b\\u2029c\\u202ed\\u2066e", ConsoleText.line("a\u2028b\u2029c\u202ed\u2066e"));
    }

    @Test
    void leavesPrintableTextOfAnyScriptAsItIs() {
        String text = "docs/références/Ünïcode_GUIDE.md: 100% fine, 日本語 \u200d";
        assertSame(text, ConsoleText.line(text));
        assertFalse(ConsoleText.unsafe('é'));
        assertTrue(ConsoleText.unsafe('\u0000'));
    }

    @Test
    void writesWhatAnAsciiConsoleCannotPrintAsEscapesNotQuestionMarks() {
        assertEquals("/p/\\u00dcn\\u00efcode_GUIDE.md \\ud83d\\ude00 \\n",
                ConsoleText.line("/p/\u00dcn\u00efcode_GUIDE.md \ud83d\ude00 \n", StandardCharsets.US_ASCII));
        assertEquals("r\u00e9f\u00e9rences \\u65e5", ConsoleText.line("r\u00e9f\u00e9rences \u65e5",
                StandardCharsets.ISO_8859_1));
        assertEquals("r\u00e9f\u00e9rences \u65e5", ConsoleText.line("r\u00e9f\u00e9rences \u65e5",
                StandardCharsets.UTF_8));
    }
}
