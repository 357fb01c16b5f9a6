package dev.layoutguard.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JavaPublicTypeTest {

    @Test
    void findsThePublicTopLevelClassAndItsLine() {
        String source = """
                package com.example;

                import java.util.List;

                /** An order. */
                @Deprecated(since = "2")
                public final class Order {
                }
                """;

        assertEquals(Optional.of(new JavaPublicType("Order", 7)), JavaPublicType.in(source));
    }

    @Test
    void findsInterfacesEnumsRecordsAndAnnotationTypes() {
        assertEquals("Shape", JavaPublicType.in("public sealed interface Shape permits Circle {}").orElseThrow().name());
        assertEquals("Color", JavaPublicType.in("public enum Color { RED }").orElseThrow().name());
        assertEquals("Point", JavaPublicType.in("public record Point(int x, int y) {}").orElseThrow().name());
        assertEquals("Marker", JavaPublicType.in("public @interface Marker {}").orElseThrow().name());
    }

    @Test
    void skipsCommentsStringsTextBlocksAndCharacters() {
        String source = """
                // public class InLineComment
                /* public class InBlockComment
                   still comment */
                class Helper {
                    String text = "public class InString";
                    String block = \"""
                        public class InTextBlock
                        \""";
                    char quote = '"';
                    public static class Nested {}
                }
                public class Real {}
                """;

        assertEquals(Optional.of(new JavaPublicType("Real", 12)), JavaPublicType.in(source));
    }

    @Test
    void ignoresWordsInAnnotationArguments() {
        String source = "@Generated(value = Foo.class, comments = \"public class X\") public class Real {}";

        assertEquals("Real", JavaPublicType.in(source).orElseThrow().name());
    }

    @Test
    void findsNothingInSourcesWithoutAPublicTopLevelType() {
        assertEquals(Optional.empty(), JavaPublicType.in("class App { public class Inner {} }"));
        assertEquals(Optional.empty(), JavaPublicType.in("package com.example;"));
        assertEquals(Optional.empty(), JavaPublicType.in(""));
    }

    @Test
    void survivesSourcesThatEndInTheMiddleOfAToken() {
        assertEquals(Optional.empty(), JavaPublicType.in("/* never closed public class A"));
        assertEquals(Optional.empty(), JavaPublicType.in("String s = \"never closed public class A"));
        assertEquals(Optional.empty(), JavaPublicType.in("public class"));
        assertEquals(Optional.empty(), JavaPublicType.in("}}}} ))) public"));
    }
}
