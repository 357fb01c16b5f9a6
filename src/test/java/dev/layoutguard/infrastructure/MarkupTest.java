package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void escapesMarkupCharacters() {
        assertEquals("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;a&quot; &#39;b&#39;",
                Markup.escape("<img src=x onerror=alert(1)> & \"a\" 'b'"));
    }

    @Test
    void keepsLettersOutsideAsciiAndPairedSurrogates() {
        assertEquals("café 日本 \uD83D\uDE00\ttab\nline", Markup.escape("café 日本 \uD83D\uDE00\ttab\nline"));
    }

    @Test
    void replacesWhatXmlCannotCarry() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", Markup.escape("a\u0000b\uD800c\uFFFF"));
    }
}
