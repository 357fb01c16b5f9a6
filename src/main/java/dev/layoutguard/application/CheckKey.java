package dev.layoutguard.application;

import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.domain.RuleFamily;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a check's result depends on besides the project's files, in one canonical text: the plugin version, the rules
 * selected and every setting, components by name, sets and maps in sorted order, so that equal settings give equal
 * keys in any JVM and any change to a setting gives another key.
 */
public final class CheckKey {

    /** The setting that turns the cache on, which says nothing about the result. */
    private static final String CACHE = "cache";

    private CheckKey() {
    }

    /** The key of a check with these settings and this selection, by this version of the plugin. */
    public static String of(Settings settings, Selection selection, String version) {
        return "version=" + version + "\nselection=" + canonical(selection) + "\nsettings=" + canonical(settings);
    }

    /** The name a selection's result is kept under: its families, so each goal keeps its own. */
    public static String name(Selection selection) {
        return selection.families().stream().map(RuleFamily::name).map(String::toLowerCase).sorted()
                .collect(Collectors.joining("-", "check-", ""));
    }

    /**
     * A value as canonical text: a record as its components by name, a list in order, a set or a map sorted by the
     * text of its elements or keys, anything else as its own text.
     */
    static String canonical(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Record record) {
            StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('{');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (record instanceof Settings && component.getName().equals(CACHE)) {
                    continue;
                }
                text.append(component.getName()).append('=').append(canonical(valueOf(component, record))).append(';');
            }
            return text.append('}').toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CheckKey::canonical).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Set<?> set) {
            return sorted(set);
        }
        if (value instanceof Map<?, ?> map) {
            return sorted(map.entrySet().stream().map(entry -> canonical(entry.getKey()) + ":"
                    + canonical(entry.getValue())).toList());
        }
        if (value instanceof Collection<?> other) {
            return sorted(other);
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    private static String sorted(Collection<?> elements) {
        return elements.stream().map(CheckKey::canonical).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            // a value that cannot be read must not match any other: a key that never matches only costs a check
            return "unreadable@" + System.nanoTime();
        }
    }
}
