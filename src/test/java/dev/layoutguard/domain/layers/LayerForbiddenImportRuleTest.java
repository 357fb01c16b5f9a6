package dev.layoutguard.domain.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayerForbiddenImportRuleTest {

    private static final Map<String, List<String>> JVM = Map.of("domain",
            List.of("org.springframework", "jakarta.persistence"));

    private static List<String> found(Project project) {
        return new LayerForbiddenImportRule().check(project).stream()
                .map(finding -> finding.path().substring(finding.path().lastIndexOf('/') + 1) + ":" + finding.line()
                        + " " + finding.reference())
                .toList();
    }

    @Test
    void flagsJavaImportsOfEveryFormAndQualifiedNamesInCodeAtTheirLines() {
        String order = "src/main/java/com/acme/shop/domain/Order.java";
        Project project = ProjectMother.with(Presets.maven()).layers(layers -> layers.withForbidden(JVM)).files(
                order, """
                        package com.acme.shop.domain;
                        import jakarta.persistence.Entity;
                        import static org.springframework.util.Assert.notNull;
                        import org.springframework.stereotype.*;
                        @org.springframework.stereotype.Component
                        class Order { jakarta.persistence.EntityManager a; jakarta.persistence.EntityManager b; }
                        """,
                "src/main/java/com/acme/shop/infrastructure/Rows.java", "import jakarta.persistence.Entity;").build();

        assertEquals(List.of("Order.java:2 jakarta.persistence.Entity", "Order.java:3 org.springframework.util.Assert"
                + ".notNull", "Order.java:4 org.springframework.stereotype.*",
                "Order.java:5 org.springframework.stereotype.Component",
                "Order.java:6 jakarta.persistence.EntityManager"), found(project));
        assertEquals(Finding.atLine(order, 2, "domain imports jakarta.persistence.Entity, but domain may not use "
                + "jakarta.persistence (<layers><forbidden>); keep it in an outer layer behind an interface domain "
                + "owns").withReference("jakarta.persistence.Entity"),
                new LayerForbiddenImportRule().check(project).get(0));
    }

    @Test
    void leavesLookAlikesCommentsStringsAndOtherLayersAlone() {
        Project project = ProjectMother.with(Presets.maven()).layers(layers -> layers.withForbidden(JVM)).files(
                "src/main/java/com/acme/shop/domain/Order.java", """
                        import org.springframeworkx.Thing;
                        import org.spring.Other;
                        import jakarta.persistencex.Entity;
                        // import org.springframework.stereotype.Service;
                        class Order { String s = "org.springframework.stereotype.Service"; }
                        """,
                "src/main/java/com/acme/shop/application/Orders.java", "import org.springframework.stereotype.Service;")
                .build();

        assertEquals(List.of(), found(project));
    }

    @Test
    void flagsKotlinAliasedImportsAndNamesInCode() {
        Project project = ProjectMother.with(Presets.maven()).layers(layers -> layers.withForbidden(JVM)).files(
                "src/main/kotlin/com/acme/shop/domain/Order.kt", """
                        package com.acme.shop.domain
                        import org.springframework.stereotype.Service as Svc
                        class Order(val em: jakarta.persistence.EntityManager)
                        """,
                "src/main/kotlin/com/acme/shop/application/Orders.kt", "").build();

        assertEquals(List.of("Order.kt:2 org.springframework.stereotype.Service",
                "Order.kt:3 jakarta.persistence.EntityManager"), found(project));
    }

    @Test
    void flagsPythonImportsOfEveryFormOncePerLine() {
        Project project = ProjectMother.with(Presets.python())
                .layers(layers -> layers.withForbidden(Map.of("domain", List.of("sqlalchemy", "fastapi", "django"))))
                .files("src/shop/__init__.py", "",
                        "src/shop/domain/model.py", """
                                \"""Not with sqlalchemy: import sqlalchemy is prose here.\"""
                                import sqlalchemy as sa
                                from sqlalchemy.orm import Session, relationship
                                from fastapi import APIRouter
                                from django.db import models
                                import sqlalchemyx
                                from .values import Money
                                """,
                        "src/shop/infrastructure/orm.py", "from sqlalchemy.orm import registry").build();

        assertEquals(List.of("model.py:2 sqlalchemy", "model.py:3 sqlalchemy.orm", "model.py:4 fastapi",
                "model.py:5 django.db"), found(project));
    }
}
