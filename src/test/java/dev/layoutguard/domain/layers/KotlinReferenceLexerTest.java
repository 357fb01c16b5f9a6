package dev.layoutguard.domain.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class KotlinReferenceLexerTest {

    private static List<String> references(String source) {
        return KotlinReferenceLexer.references(source, "com.acme.shop").stream()
                .map(reference -> reference.line() + " " + reference.kind() + " " + reference.name())
                .toList();
    }

    @Test
    void readsImportsWithAliasesAndWildcardsButNotThePackageHeader() {
        String source = """
                @file:JvmName("Orders")
                package com.acme.shop.domain

                import com.acme.shop.infrastructure.Repo as R
                import com.acme.shop.application.*
                import kotlin.collections.List
                """;

        assertEquals(List.of("4 IMPORT com.acme.shop.infrastructure.Repo", "5 IMPORT com.acme.shop.application.*"),
                references(source));
    }

    @Test
    void readsFullyQualifiedNamesInCodeAndInBackticks() {
        String source = """
                class Order(val repo: com.acme.shop.infrastructure.Repo) {
                    fun make() = com.acme.shop.`infrastructure`.db.Jdbc.create()
                    val s = com.acme.shop.presentation.Screen::class
                }
                """;

        assertEquals(List.of(
                "1 QUALIFIED_NAME com.acme.shop.infrastructure.Repo",
                "2 QUALIFIED_NAME com.acme.shop.infrastructure.db.Jdbc",
                "3 QUALIFIED_NAME com.acme.shop.presentation.Screen"), references(source));
    }

    @Test
    void neverReadsNestedCommentsStringsRawStringsOrCharLiterals() {
        String source = """
                /* outer /* inner */ import com.acme.shop.infrastructure.Repo */
                // import com.acme.shop.infrastructure.Repo
                val a = "com.acme.shop.infrastructure.Repo \\" com.acme.shop.infrastructure.Repo"
                val b = "$com.acme.shop.infrastructure.Repo"
                val c = \"""
                    import com.acme.shop.infrastructure.Repo
                    ""\"" + com.acme.shop.application.Service.of('"') + '\\'' + '/'
                """;

        assertEquals(List.of("7 QUALIFIED_NAME com.acme.shop.application.Service"), references(source));
    }

    @Test
    void readsTemplateExpressionsAsCodeAndTheirNestedStringsAsText() {
        String source = """
                val a = "x ${com.acme.shop.infrastructure.Repo.name} ${"nested ${"}"} com.acme.shop.infrastructure.X"} y"
                val b = \"""${ mapOf(1 to 2).map { "com.acme.shop.infrastructure.Z" } }\""" + com.acme.shop.domain.Order.of()
                """;

        assertEquals(List.of("1 QUALIFIED_NAME com.acme.shop.infrastructure.Repo",
                "2 QUALIFIED_NAME com.acme.shop.domain.Order"), references(source));
    }

    @Test
    void endsAnUnterminatedStringAtItsLineAndSurvivesUnclosedTemplates() {
        assertEquals(List.of("2 IMPORT com.acme.shop.infrastructure.Repo"),
                references("val s = \"never closed\nimport com.acme.shop.infrastructure.Repo\n"));
        assertEquals(List.of(), references("val s = \"${ \"${ \"${"));
        assertEquals(List.of(), references("/* /* never closed */ com.acme.shop.infrastructure.Repo"));
    }

    @Test
    void lexesDeeplyNestedTemplatesAndAOneMegabyteLineInLinearTime() {
        String nested = "val s = " + "\"${".repeat(200_000) + "com.acme.shop.domain.Order.of()" + "}\"".repeat(200_000);
        String longLine = "a.b(\"x\") + c.d; ".repeat(1024 * 1024 / 16) + "com.acme.shop.domain.Order()";

        List<String> deep = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> references(nested));
        List<String> wide = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> references(longLine));

        assertEquals(List.of("1 QUALIFIED_NAME com.acme.shop.domain.Order"), deep);
        assertEquals(List.of("1 QUALIFIED_NAME com.acme.shop.domain.Order"), wide);
    }
}
