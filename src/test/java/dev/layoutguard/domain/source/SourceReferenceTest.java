package dev.layoutguard.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.domain.source.SourceReference.Kind;
import org.junit.jupiter.api.Test;

class SourceReferenceTest {

    private static SourceReference code(String name) {
        return new SourceReference(3, name, Kind.QUALIFIED_NAME);
    }

    private static SourceReference imported(String name) {
        return new SourceReference(3, name, Kind.IMPORT);
    }

    @Test
    void aNameInCodeUnderThePackageIsCutAfterItsType() {
        assertEquals(code("com.acme.shop.infrastructure.Repo"),
                code("com.acme.shop.infrastructure.Repo.INSTANCE.find").under("com.acme.shop"));
        assertEquals(code("com.acme.shop.infrastructure.db.Jdbc"),
                code("com.acme.shop.infrastructure.db.Jdbc").under("com.acme.shop"));
        assertEquals(code("com.acme.shop.Infrastructure.X"),
                code("com.acme.shop.Infrastructure.X.y").under("com.acme.shop"));
    }

    @Test
    void anImportUnderThePackageIsKeptWhole() {
        SourceReference reference = imported("com.acme.shop.infrastructure.Repo.find");

        assertSame(reference, reference.under("com.acme.shop"));
        assertEquals(imported("com.acme.shop.application.*"), imported("com.acme.shop.application.*")
                .under("com.acme.shop"));
    }

    @Test
    void namesOutsideThePackageOrOnlyAsLongAsItAreNotUnderIt() {
        assertNull(imported("com.acme.shopping.infrastructure.Repo").under("com.acme.shop"));
        assertNull(imported("org.acme.shop.infrastructure.Repo").under("com.acme.shop"));
        assertNull(code("com.acme.shop").under("com.acme.shop"));
        assertNull(code("com.acme").under("com.acme.shop"));
    }

    @Test
    void everyNameOfTwoSegmentsOrMoreIsUnderTheUnnamedPackage() {
        assertEquals(code("domain.Order"), code("domain.Order.EMPTY").under(""));
        assertEquals(imported("infrastructure.Repo"), imported("infrastructure.Repo").under(""));
        assertNull(imported("domain").under(""));
    }

    @Test
    void resolvesARelativeImportAgainstTheFilesPackage() {
        assertEquals(imported("shop.infrastructure.db"), imported("..infrastructure.db").from("shop.domain"));
        assertEquals(imported("shop.domain"), imported(".").from("shop.domain"));
        assertEquals(imported("shop.domain.model.Order"), imported(".model.Order").from("shop.domain"));
    }

    @Test
    void aRelativeImportAboveTheTopPackageOrOfATopLevelModuleResolvesToNothing() {
        assertNull(imported("...too_far").from("shop.domain"));
        assertNull(imported(".x").from(""));
    }

    @Test
    void anAbsoluteImportIsItsOwnResolution() {
        SourceReference reference = imported("shop.infrastructure");

        assertSame(reference, reference.from("shop.domain"));
    }

    @Test
    void rejectsALineBeforeTheFirst() {
        assertEquals("line must be 1 or more, was 0",
                assertThrows(IllegalArgumentException.class, () -> new SourceReference(0, "a.B", Kind.IMPORT))
                        .getMessage());
    }
}
