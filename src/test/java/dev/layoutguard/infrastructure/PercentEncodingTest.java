package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PercentEncodingTest {

    @Test
    void keepsPlainPathsAsTheyAre() {
        assertEquals("src/main/java/shop/Order.java", PercentEncoding.relative("src/main/java/shop/Order.java"));
        assertEquals("a-b_c~d.e", PercentEncoding.relative("a-b_c~d.e"));
    }

    @Test
    void encodesSpacesPercentHashAndQuestionMarks() {
        assertEquals("my%20docs/100%25%20sure%23%3F.md", PercentEncoding.relative("my docs/100% sure#?.md"));
    }

    @Test
    void encodesNonAsciiAsUtf8Bytes() {
        assertEquals("caf%C3%A9/%E6%97%A5%E6%9C%AC.md", PercentEncoding.relative("café/日本.md"));
    }

    @Test
    void encodesBackslashesAndColonsInNamesSoTheyAreNotSeparatorsOrSchemes() {
        assertEquals("C%3A%5CWindows%5Cnotes.txt", PercentEncoding.relative("C:\\Windows\\notes.txt"));
    }

    @Test
    void makesAFileUriOfADirectoryEndingInASlash() {
        assertEquals("file:///home/me/my%20shop/", PercentEncoding.directory(Path.of("/home/me/my shop")));
        assertEquals("file:///home/me/caf%C3%A9/", PercentEncoding.directory(Path.of("/home/me/café/.")));
    }
}
