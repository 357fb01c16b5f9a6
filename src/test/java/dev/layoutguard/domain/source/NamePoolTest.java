package dev.layoutguard.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NamePoolTest {

    @Test
    void keepsOneStringForANameHoweverManyTextsSpellIt() {
        NamePool pool = new NamePool(16);

        String first = pool.name("import java.util.List;", 7, 21);
        String second = pool.name("  java.util.List x;", 2, 16);

        assertEquals("java.util.List", first);
        assertSame(first, second);
        assertSame(first, pool.name(new StringBuilder("java.util.").append("List").toString()));
    }

    @Test
    void namesThatOnlyShareAHashOrAPrefixStayApart() {
        NamePool pool = new NamePool(16);

        assertEquals(List.of("Aa", "BB", "java.util", "java.util.List"), List.of(pool.name("Aa"), pool.name("BB"),
                pool.name("java.util"), pool.name("java.util.List")));
        assertNotSame(pool.name("Aa"), pool.name("BB"));
    }

    @Test
    void aFullPoolStillGivesEveryNameRight() {
        NamePool pool = new NamePool(0);

        List<String> names = IntStream.range(0, 1_000).mapToObj(i -> "com.acme.Type" + i).toList();

        assertEquals(names, names.stream().map(pool::name).toList());
        assertEquals(names, names.parallelStream().map(name -> pool.name("x " + name, 2, name.length() + 2)).toList());
    }
}
