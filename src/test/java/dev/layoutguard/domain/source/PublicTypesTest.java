package dev.layoutguard.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicTypesTest {

    @Test
    void keepsThePublicTypeOfARecordedSourceAndNothingForOthers() {
        PublicTypes types = new PublicTypes(16);

        types.record("src/main/java/a/Order.java", "package a;\n\npublic class Order {\n}\n");
        types.record("src/main/java/a/Helper.java", "package a;\n\nclass Helper {\n}\n");

        assertEquals(Optional.of(new JavaPublicType("Order", 3)), types.typeOf("src/main/java/a/Order.java"));
        assertTrue(types.recorded("src/main/java/a/Helper.java"));
        assertEquals(Optional.empty(), types.typeOf("src/main/java/a/Helper.java"));
        assertFalse(types.recorded("src/main/java/a/Unseen.java"));
    }

    @Test
    void theFirstRecordWins() {
        PublicTypes types = new PublicTypes(16);

        types.record("A.java", "public class A {}");
        types.record("A.java", "public class B {}");

        assertEquals("A", types.typeOf("A.java").orElseThrow().name());
    }
}
