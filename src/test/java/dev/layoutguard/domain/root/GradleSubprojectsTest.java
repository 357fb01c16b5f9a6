package dev.layoutguard.domain.root;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GradleSubprojectsTest {

    @Test
    void readsTheKotlinScriptsIncludesAsTheirFirstDirectory() {
        assertEquals(Set.of("kotlinpoet", "interop"), GradleSubprojects.topDirectories("""
                include(
                  ":kotlinpoet",
                  ":interop:kotlin-metadata",
                  ":interop:ksp",
                )
                rootProject.name = "kotlinpoet-root"
                """));
    }

    @Test
    void readsGroovysCallsWithoutParenthesesAndIncludedBuilds() {
        assertEquals(Set.of("app", "lib", "build-logic"), GradleSubprojects.topDirectories("""
                rootProject.name = 'shop'
                include 'app', ':lib:core'
                includeBuild 'build-logic'
                """));
    }

    @Test
    void leavesCommentsOtherCallsAndBuildsOutsideTheProjectAlone() {
        assertEquals(Set.of(), GradleSubprojects.topDirectories("""
                /* include(":old") */
                // include ':older'
                includeBuild("../shared-build")
                enableFeaturePreview("TYPESAFE_PROJECT_ACCESSORS")
                includeFlat 'sibling'
                include(":${name}")
                """));
    }
}
