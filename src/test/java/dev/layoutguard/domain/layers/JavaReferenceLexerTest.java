package dev.layoutguard.domain.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaReferenceLexerTest {

    private static List<String> references(String source) {
        return JavaReferenceLexer.references(source, "com.acme.shop").stream()
                .map(reference -> reference.line() + " " + reference.kind() + " " + reference.name())
                .toList();
    }

    @Test
    void readsImportsStaticImportsAndWildcardImportsUnderTheBasePackage() {
        String source = """
                package com.acme.shop.domain;

                import java.util.List;
                import com.acme.shop.infrastructure.Repo;
                import static com.acme.shop.infrastructure.Repo.find;
                import com.acme.shop.application.*;
                import static com.acme.shop.shared.Strings.*;
                """;

        assertEquals(List.of(
                "4 IMPORT com.acme.shop.infrastructure.Repo",
                "5 IMPORT com.acme.shop.infrastructure.Repo.find",
                "6 IMPORT com.acme.shop.application.*",
                "7 IMPORT com.acme.shop.shared.Strings.*"), references(source));
    }

    @Test
    void readsFullyQualifiedNamesInCodeCutAfterTheirType() {
        String source = """
                class Order {
                    private com.acme.shop.infrastructure.Repo repo = new com.acme.shop.infrastructure.db.Jdbc();
                    @com.acme.shop.presentation.Marker
                    Object find() {
                        return com.acme.shop.infrastructure.Repo.INSTANCE.find(java.util.List.of());
                    }
                    java.util.function.Supplier<Object> s = com.acme.shop.infrastructure.Repo::new;
                }
                """;

        assertEquals(List.of(
                "2 QUALIFIED_NAME com.acme.shop.infrastructure.Repo",
                "2 QUALIFIED_NAME com.acme.shop.infrastructure.db.Jdbc",
                "3 QUALIFIED_NAME com.acme.shop.presentation.Marker",
                "5 QUALIFIED_NAME com.acme.shop.infrastructure.Repo",
                "7 QUALIFIED_NAME com.acme.shop.infrastructure.Repo"), references(source));
    }

    @Test
    void readsANameWhoseSegmentsAreSplitByWhitespaceAndComments() {
        assertEquals(List.of("1 QUALIFIED_NAME com.acme.shop.infrastructure.Repo"),
                references("Object x = com . acme /* c */ .shop\n.infrastructure.Repo.make();"));
    }

    @Test
    void ignoresThePackageDeclarationAndNamesOutsideTheBasePackage() {
        String source = """
                package com.acme.shop.infrastructure;
                import com.acme.shopping.infrastructure.Repo;
                import com.acme.Shop;
                class X { com.acme.shop x; org.acme.shop.infrastructure.Repo y; }
                """;

        assertEquals(List.of(), references(source));
    }

    @Test
    void ignoresMemberChainsThatOnlyLookLikeTheBasePackage() {
        String source = """
                class X {
                    void run() {
                        this.com.acme.shop.infrastructure.Repo.go();
                        make().com.acme.shop.infrastructure.Repo.go();
                        values[0].com.acme.shop.infrastructure.Repo.go();
                    }
                }
                """;

        assertEquals(List.of(), references(source));
    }

    @Test
    void neverReadsCommentsStringsTextBlocksOrCharLiterals() {
        String source = """
                // import com.acme.shop.infrastructure.Repo;
                /* import com.acme.shop.infrastructure.Repo; */
                /**
                 * Uses {@link com.acme.shop.infrastructure.Repo}.
                 */
                class X {
                    String a = "com.acme.shop.infrastructure.Repo";
                    String b = "escaped \\" com.acme.shop.infrastructure.Repo \\\\";
                    String c = \"""
                        import com.acme.shop.infrastructure.Repo;
                        an escaped \\\""" stays inside com.acme.shop.infrastructure.Repo
                        \""";
                    char d = '"'; char e = '\\''; char f = '/';
                    Object g = com.acme.shop.application.Service.of(d);
                }
                """;

        assertEquals(List.of("14 QUALIFIED_NAME com.acme.shop.application.Service"), references(source));
    }

    @Test
    void endsAnUnterminatedStringAtItsLine() {
        String source = "String s = \"never closed;\nimport com.acme.shop.infrastructure.Repo;\nchar c = '\n"
                + "Object o = com.acme.shop.domain.Order.of();";

        assertEquals(List.of("2 IMPORT com.acme.shop.infrastructure.Repo", "4 QUALIFIED_NAME com.acme.shop.domain.Order"),
                references(source));
    }

    @Test
    void countsLinesOfCrlfAndCrFilesAndSkipsAByteOrderMark() {
        String crlf = "\uFEFFpackage a;\r\n\r\n/* one\r\n two */\r\nimport com.acme.shop.infrastructure.Repo;\r\n";
        String cr = "package a;\r\rimport com.acme.shop.infrastructure.Repo;\r";

        assertEquals(List.of("5 IMPORT com.acme.shop.infrastructure.Repo"), references(crlf));
        assertEquals(List.of("3 IMPORT com.acme.shop.infrastructure.Repo"), references(cr));
    }

    @Test
    void survivesAnUnterminatedCommentOrTextBlockAndBrokenSyntax() {
        assertEquals(List.of(), references("class X { /* import com.acme.shop.infrastructure.Repo;"));
        assertEquals(List.of(), references("String s = \"\"\"\nimport com.acme.shop.infrastructure.Repo;\\"));
        assertEquals(List.of("1 IMPORT com.acme.shop.infrastructure"),
                references("import com.acme.shop.infrastructure.;;; } } ) '\\"));
    }

    @Test
    void readsTheUnnamedPackageAsTheBaseWithoutTakingEverySingleName() {
        List<String> found = JavaReferenceLexer.references("import infrastructure.Repo;\nclass X { int a; Repo r; "
                + "domain.Order o; }", "").stream().map(SourceReference::name).toList();

        assertEquals(List.of("infrastructure.Repo", "domain.Order"), found);
    }

    @Test
    void lexesFiftyMegabytesAndAOneMegabyteLineInLinearTime() {
        String chunk = "import com.acme.shop.infrastructure.Repo; // com.acme.shop.infrastructure.X\n"
                + "class A { String s = \"com.acme.shop.infrastructure.Y\"; Object o = list.stream().map(x -> x); }\n";
        String huge = chunk.repeat(50 * 1024 * 1024 / chunk.length());
        String longLine = "a.b(\"x\") + c.d; ".repeat(1024 * 1024 / 16) + "com.acme.shop.domain.Order o;";

        int found = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> JavaReferenceLexer.references(huge, "com.acme.shop").size());
        List<String> last = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> references(longLine));

        assertEquals(huge.length() / chunk.length(), found);
        assertEquals(List.of("1 QUALIFIED_NAME com.acme.shop.domain.Order"), last);
    }
}
