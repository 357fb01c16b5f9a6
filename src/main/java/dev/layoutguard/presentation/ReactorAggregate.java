package dev.layoutguard.presentation;

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
 */
final class ReactorAggregate {

    private static final String KEY = ReactorAggregate.class.getName();

    private final Map<Integer, List<AggregateReport.Part>> parts = new TreeMap<>();

    /** The aggregate of a session, created by the first module that asks. */
    static ReactorAggregate of(MavenSession session) {
        SessionData data = session.getRepositorySession().getData();
        while (true) {
            Object existing = data.get(KEY);
            if (existing instanceof ReactorAggregate aggregate) {
                return aggregate;
            }
            ReactorAggregate created = new ReactorAggregate();
            if (existing == null ? data.set(KEY, null, created) : data.set(KEY, existing, created)) {
                return created;
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
    synchronized int add(int position, AggregateReport.Part part, Output files) throws IOException {
        parts.computeIfAbsent(position, key -> new ArrayList<>()).add(part);
        List<AggregateReport.Part> ordered = new ArrayList<>();
        parts.values().forEach(ordered::addAll);
        files.write(AggregateReport.of(ordered));
        return parts.size();
    }

    /** Writes the aggregate report's files. */
    @FunctionalInterface
    interface Output {
        void write(Report aggregate) throws IOException;
    }
}
