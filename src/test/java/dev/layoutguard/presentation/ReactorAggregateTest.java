package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layoutguard.application.AggregateReport.Part;
import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.infrastructure.JsonReportWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.aether.DefaultSessionData;
import org.eclipse.aether.SessionData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReactorAggregateTest {

    private static final String KEY = ReactorAggregate.class.getName();

    @Test
    void rewritesTheAggregateAfterEachModule(@TempDir Path root) throws Exception {
        ReactorAggregate aggregate = ReactorAggregate.of(new DefaultSessionData());
        Path directory = root.resolve("target/layout/aggregate");

        assertEquals(1, aggregate.add(2, new Part("modules/api", report("Stray.java")), json(root, directory)));
        assertEquals(List.of("modules/api/Stray.java"), paths(directory));
        assertEquals(2, aggregate.add(0, new Part("", report("notes.txt")), json(root, directory)));

        assertEquals(List.of("modules/api/Stray.java", "notes.txt"), paths(directory));
    }

    @Test
    void everyModuleOfTheSessionAddsToTheSameAggregate(@TempDir Path root) throws Exception {
        SessionData data = new DefaultSessionData();
        Path directory = root.resolve("target/layout/aggregate");

        ReactorAggregate.of(data).add(0, new Part("", report("notes.txt")), json(root, directory));
        int modules = ReactorAggregate.of(data).add(1, new Part("core", report("Stray.java")), json(root, directory));

        assertEquals(2, modules);
        assertEquals(List.of("core/Stray.java", "notes.txt"), paths(directory));
    }

    @Test
    void aModuleWithAClassRealmOfItsOwnKeepsTheAggregateOfTheOthers(@TempDir Path root) throws Exception {
        SessionData data = new DefaultSessionData();
        ReactorAggregate.of(data).add(0, new Part("", report("notes.txt")), json(root, root.resolve("aggregate")));
        Object kept = data.get(KEY);

        try (URLClassLoader realm = new OwnRealm()) {
            Class<?> foreign = realm.loadClass(KEY);
            assertNotEquals(ReactorAggregate.class, foreign);
            Method of = foreign.getDeclaredMethod("of", SessionData.class);
            of.setAccessible(true);
            of.invoke(null, data);
        }

        // the session keeps a JDK value, which the other realm took as it was instead of replacing it
        assertSame(kept, data.get(KEY));
        assertEquals(null, kept.getClass().getClassLoader());
        assertEquals(1, ((Map<?, ?>) kept).size());
    }

    private static ReactorAggregate.Output json(Path root, Path directory) {
        return report -> new JsonReportWriter().write(report, root, directory.resolve("report.json"));
    }

    private static List<String> paths(Path directory) throws Exception {
        JsonObject json = JsonParser.parseString(Files.readString(directory.resolve("report.json"))).getAsJsonObject();
        return json.getAsJsonArray("violations").asList().stream()
                .map(violation -> violation.getAsJsonObject().get("path").getAsString()).toList();
    }

    private static Report report(String path) {
        return new Report("0.1.0", "maven", 1, List.of(new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR, path, null,
                "not allowed", null, null)), Map.of(), 0, 1);
    }

    /**
     * A class realm as Maven gives a module that configures the plugin its own way: its own copies of the plugin's
     * classes, Maven's and the JDK's shared.
     */
    private static final class OwnRealm extends URLClassLoader {

        OwnRealm() {
            super(new URL[] {ReactorAggregate.class.getProtectionDomain().getCodeSource().getLocation()},
                    ReactorAggregate.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (!name.startsWith("dev.layoutguard.")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }
    }
}
