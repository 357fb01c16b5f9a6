package dev.layoutguard.application.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresetChangesTest {

    @Test
    void anEmptyListIsNoChangeAndAMissingOrFilledOneIs() {
        assertTrue(PresetChanges.empty());
        assertTrue(PresetChanges.empty(List.of(), new ArrayList<>()));
        assertFalse(PresetChanges.empty(List.of(), List.of("src")));
        assertFalse(PresetChanges.empty(List.of(), null));
    }

    /**
     * Each block tells "no change" from its fields, as its {@code equals(NONE)} did: for {@code NONE} itself, a copy
     * with fresh empty lists, and every copy with one field set otherwise (a list filled, emptied where NONE holds
     * none, or left out; a missing value given).
     */
    @Test
    void everyBlockTellsNoChangeAsComparingItWithNoneWould() throws ReflectiveOperationException {
        check(BuildLayout.class, BuildLayout.NONE, BuildLayout::unchanged);
        check(LayerChanges.class, LayerChanges.NONE, LayerChanges::unchanged);
        check(TestChanges.class, TestChanges.NONE, TestChanges::unchanged);
        check(ConfigChanges.class, ConfigChanges.NONE, ConfigChanges::unchanged);
        check(RootChanges.class, RootChanges.NONE, RootChanges::unchanged);
        check(StructureChanges.class, StructureChanges.NONE, StructureChanges::unchanged);
    }

    /** What a block answers. */
    private interface Unchanged<T> {
        boolean of(T block);
    }

    private static <T extends Record> void check(Class<T> type, T none, Unchanged<T> unchanged)
            throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getAccessor().invoke(none);
        }
        Constructor<T> canonical = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        assertTrue(unchanged.of(none), type.getSimpleName());
        Object[] fresh = values.clone();
        for (int i = 0; i < fresh.length; i++) {
            fresh[i] = fresh[i] instanceof List<?> list ? new ArrayList<>(list) : fresh[i];
        }
        assertTrue(unchanged.of(canonical.newInstance(fresh)), type.getSimpleName() + " with fresh lists");
        int checked = 0;
        for (int i = 0; i < components.length; i++) {
            for (Object other : others(components[i].getType(), values[i])) {
                Object[] changed = values.clone();
                changed[i] = other;
                T block;
                try {
                    block = canonical.newInstance(changed);
                } catch (ReflectiveOperationException e) {
                    continue; // a block that holds no null list
                }
                assertEquals(block.equals(none), unchanged.of(block), type.getSimpleName() + "."
                        + components[i].getName() + " = " + other);
                checked++;
            }
        }
        assertTrue(checked >= components.length, type.getSimpleName() + ": " + checked + " copies checked");
    }

    /** Values a field of the type may hold other than NONE's. */
    private static List<Object> others(Class<?> type, Object none) {
        List<Object> others = new ArrayList<>();
        if (type == List.class) {
            others.add(List.of("x"));
            others.add(none == null ? List.of() : null);
        } else if (type == String.class) {
            others.add(none == null ? "x" : null);
        } else if (type == Boolean.class) {
            others.add(none == null ? Boolean.FALSE : null);
        } else if (type == Integer.class) {
            others.add(none == null ? Integer.valueOf(0) : null);
        } else {
            throw new AssertionError("a field of a type the test does not know: " + type);
        }
        return others;
    }
}
