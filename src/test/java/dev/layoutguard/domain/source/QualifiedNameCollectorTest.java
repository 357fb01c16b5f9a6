package dev.layoutguard.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class QualifiedNameCollectorTest {

    /** The layer packages, as the maven preset watches them. */
    private static final SourceWatch LAYERS = new SourceWatch(
            List.of("domain", "application", "infrastructure", "presentation", "shared"), List.of());

    private static List<SourceReference> read(String source, boolean kotlin) {
        return JvmSourceReader.read(source, "X", LAYERS, new NamePool(0), kotlin).references();
    }

    /** The references of a Java source under {@code com.acme.shop}, as the layer rules see them. */
    private static List<String> references(String source) {
        return under(read(source, false), "com.acme.shop");
    }

    private static List<String> kotlinReferences(String source) {
        return under(read(source, true), "com.acme.shop");
    }

    private static List<String> under(List<SourceReference> references, String basePackage) {
        return references.stream()
                .map(reference -> reference.under(basePackage))
                .filter(Objects::nonNull)
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
        List<String> found = under(read("import infrastructure.Repo;\nclass X { int a; Repo r; domain.Order o; }",
                false), "");

        assertEquals(List.of("1 IMPORT infrastructure.Repo", "2 QUALIFIED_NAME domain.Order"), found);
    }

    @Test
    void keepsEveryImportWhateverItsPackageButNoneInCommentsOrStrings() {
        String source = """
                package com.acme.shop.domain;
                import java.util.List;
                import static org.junit.jupiter.api.Assertions.*;
                // import org.hidden.InAComment;
                class X { String s = "import org.hidden.InAString;"; }
                """;

        assertEquals(List.of("2 IMPORT java.util.List", "3 IMPORT org.junit.jupiter.api.Assertions.*"),
                read(source, false).stream().map(reference -> reference.line() + " " + reference.kind() + " "
                        + reference.name()).toList());
    }

    @Test
    void keepsANameInCodeWholeOnlyWhenOneOfItsSegmentsIsAWatchedPackage() {
        String source = """
                class X {
                    Object a = org.vendor.domain.Thing.INSTANCE.find();
                    Object b = list.stream().map(java.util.List::of);
                    String c = "org.vendor.infrastructure.Hidden";
                    Object d = org.vendor.domainmodel.Thing.make();
                }
                """;

        assertEquals(List.of(new SourceReference(2, "org.vendor.domain.Thing.INSTANCE.find",
                SourceReference.Kind.QUALIFIED_NAME)), read(source, false));
    }

    @Test
    void readsTheFirstPackageDeclarationOfJavaAndKotlinButNotOneInACommentOrString() {
        assertEquals("com.acme.shop.domain", JvmSourceReader.read("/* package com.other; */ package com . acme"
                + ".shop.domain;\npackage com.second;", "X", LAYERS, new NamePool(0), false).declaredPackage());
        assertEquals("com.acme.shop.domain", JvmSourceReader.read("@file:JvmName(\"package x\")\n"
                + "package com.acme.shop.domain\n", "X", LAYERS, new NamePool(0), true).declaredPackage());
        assertEquals("", JvmSourceReader.read("// package com.acme;\nclass X {}", "X", LAYERS, new NamePool(0),
                false).declaredPackage());
    }

    @Test
    void lexesFiftyMegabytesAndAOneMegabyteLineInLinearTime() {
        String chunk = "import com.acme.shop.infrastructure.Repo; // com.acme.shop.infrastructure.X\n"
                + "class A { String s = \"com.acme.shop.infrastructure.Y\"; Object o = list.stream().map(x -> x); }\n";
        String huge = chunk.repeat(50 * 1024 * 1024 / chunk.length());
        String longLine = "a.b(\"x\") + c.d; ".repeat(1024 * 1024 / 16) + "com.acme.shop.domain.Order o;";

        int found = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> references(huge).size());
        List<String> last = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> references(longLine));

        assertEquals(huge.length() / chunk.length(), found);
        assertEquals(List.of("1 QUALIFIED_NAME com.acme.shop.domain.Order"), last);
    }

    @Test
    void readsKotlinImportsWithAliasesAndWildcardsButNotThePackageHeader() {
        String source = """
                @file:JvmName("Orders")
                package com.acme.shop.domain

                import com.acme.shop.infrastructure.Repo as R
                import com.acme.shop.application.*
                import kotlin.collections.List
                """;

        assertEquals(List.of("4 IMPORT com.acme.shop.infrastructure.Repo", "5 IMPORT com.acme.shop.application.*"),
                kotlinReferences(source));
    }

    @Test
    void readsKotlinFullyQualifiedNamesInCodeAndInBackticks() {
        String source = """
                class Order(val repo: com.acme.shop.infrastructure.Repo) {
                    fun make() = com.acme.shop.`infrastructure`.db.Jdbc.create()
                    val s = com.acme.shop.presentation.Screen::class
                }
                """;

        assertEquals(List.of(
                "1 QUALIFIED_NAME com.acme.shop.infrastructure.Repo",
                "2 QUALIFIED_NAME com.acme.shop.infrastructure.db.Jdbc",
                "3 QUALIFIED_NAME com.acme.shop.presentation.Screen"), kotlinReferences(source));
    }

    @Test
    void neverReadsKotlinNestedCommentsStringsRawStringsOrCharLiterals() {
        String source = """
                /* outer /* inner */ import com.acme.shop.infrastructure.Repo */
                // import com.acme.shop.infrastructure.Repo
                val a = "com.acme.shop.infrastructure.Repo \\" com.acme.shop.infrastructure.Repo"
                val b = "$com.acme.shop.infrastructure.Repo"
                val c = \"""
                    import com.acme.shop.infrastructure.Repo
                    ""\"" + com.acme.shop.application.Service.of('"') + '\\'' + '/'
                """;

        assertEquals(List.of("7 QUALIFIED_NAME com.acme.shop.application.Service"), kotlinReferences(source));
    }

    @Test
    void readsKotlinTemplateExpressionsAsCodeAndTheirNestedStringsAsText() {
        String source = """
                val a = "x ${com.acme.shop.infrastructure.Repo.name} ${"nested ${"}"} com.acme.shop.infrastructure.X"} y"
                val b = \"""${ mapOf(1 to 2).map { "com.acme.shop.infrastructure.Z" } }\""" + com.acme.shop.domain.Order.of()
                """;

        assertEquals(List.of("1 QUALIFIED_NAME com.acme.shop.infrastructure.Repo",
                "2 QUALIFIED_NAME com.acme.shop.domain.Order"), kotlinReferences(source));
    }

    @Test
    void endsAnUnterminatedKotlinStringAtItsLineAndSurvivesUnclosedTemplates() {
        assertEquals(List.of("2 IMPORT com.acme.shop.infrastructure.Repo"),
                kotlinReferences("val s = \"never closed\nimport com.acme.shop.infrastructure.Repo\n"));
        assertEquals(List.of(), kotlinReferences("val s = \"${ \"${ \"${"));
        assertEquals(List.of(), kotlinReferences("/* /* never closed */ com.acme.shop.infrastructure.Repo"));
    }

    @Test
    void lexesDeeplyNestedKotlinTemplatesAndAOneMegabyteLineInLinearTime() {
        String nested = "val s = " + "\"${".repeat(200_000) + "com.acme.shop.domain.Order.of()" + "}\"".repeat(200_000);
        String longLine = "a.b(\"x\") + c.d; ".repeat(1024 * 1024 / 16) + "com.acme.shop.domain.Order()";

        List<String> deep = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> kotlinReferences(nested));
        List<String> wide = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> kotlinReferences(longLine));

        assertEquals(List.of("1 QUALIFIED_NAME com.acme.shop.domain.Order"), deep);
        assertEquals(List.of("1 QUALIFIED_NAME com.acme.shop.domain.Order"), wide);
    }
}
