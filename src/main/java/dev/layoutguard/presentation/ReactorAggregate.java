package dev.layoutguard.presentation;

import com.google.gson.Gson;
import dev.layoutguard.application.AggregateReport;
import dev.layoutguard.application.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.SessionData;

/**
 * The reports of a reactor's modules, kept for the Maven session, and their aggregate at the execution root. Each
 * module adds its report and rewrites the aggregate, so after the last module it holds them all (and a build stopped
 * by a failing module still leaves the aggregate of those checked so far). Modules are kept in reactor order, so
 * parallel builds write the same aggregate.
 *
 * <p>A module that configures the plugin differently gets a class realm of its own, with its own copy of every class
 * of the plugin: an object one realm keeps is of a type the next realm does not know. So the session keeps only JDK
 * values, which every realm shares: a sorted map from reactor position to the modules' reports as JSON text.
 */
final class ReactorAggregate {

    private static final String KEY = ReactorAggregate.class.getName();
    private static final Gson JSON = new Gson();

    /** Reactor position to the JSON of the module reports at that position; the lock of every realm. */
    private final Map<Integer, List<String>> parts;

    private ReactorAggregate(Map<Integer, List<String>> parts) {
        this.parts = parts;
    }

    /** The aggregate of a session, created by the first module that asks. */
    static ReactorAggregate of(MavenSession session) {
        return of(session.getRepositorySession().getData());
    }

    /** The aggregate kept in a session's data, created by the first module that asks. */
    @SuppressWarnings("unchecked")
    static ReactorAggregate of(SessionData data) {
        while (true) {
            Object existing = data.get(KEY);
            if (existing instanceof TreeMap<?, ?> parts) {
                return new ReactorAggregate((Map<Integer, List<String>>) parts);
            }
            Map<Integer, List<String>> created = new TreeMap<>();
            if (existing == null ? data.set(KEY, null, created) : data.set(KEY, existing, created)) {
                return new ReactorAggregate(created);
            }
        }
    }

    /**
     * Adds a module's report and writes the aggregate, under the aggregate's lock so that no two modules write at once.
     *
     * @param position the module's place in the reactor order
     * @param part     the module's report with its directory relative to the execution root
     * @param files    writes the aggregate's files, with paths relative to the execution root
     * @return how many modules the aggregate holds now
     */
    int add(int position, AggregateReport.Part part, Output files) throws IOException {
        synchronized (parts) {
            parts.computeIfAbsent(position, key -> new ArrayList<>()).add(JSON.toJson(part));
            List<AggregateReport.Part> ordered = new ArrayList<>();
            parts.values().forEach(texts -> texts.forEach(text -> ordered.add(JSON.fromJson(text,
                    AggregateReport.Part.class))));
            files.write(AggregateReport.of(ordered));
            return parts.size();
        }
    }

    /** Writes the aggregate report's files. */
    @FunctionalInterface
    interface Output {
        void write(Report aggregate) throws IOException;
    }
}
