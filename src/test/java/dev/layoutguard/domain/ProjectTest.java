package dev.layoutguard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.EntryKind;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProjectTest {

    private final List<String> asked = new ArrayList<>();

    private Project project(Entry... entries) {
        return Project.standalone(ProjectTree.of(List.of(entries)), Presets.maven(), path -> {
            asked.add(path);
            return Optional.of("text of " + path);
        });
    }

    @Test
    void readsOnlyRegularFilesOfTheTree() {
        Project project = project(Entry.directory("src"), Entry.file("src/A.java", 3),
                new Entry("link.java", EntryKind.SYMLINK, 0, false), new Entry("fifo", EntryKind.OTHER, 0, false));

        assertEquals(Optional.of("text of src/A.java"), project.read("src/A.java"));
        assertEquals(Optional.empty(), project.read("src"));
        assertEquals(Optional.empty(), project.read("link.java"));
        assertEquals(Optional.empty(), project.read("fifo"));
        assertEquals(Optional.empty(), project.read("target/Left.java"));
        assertEquals(List.of("src/A.java"), asked, "nothing but the regular file reaches the reader");
    }

    @Test
    void anAnalysisAskedForFromSeveralThreadsAtOnceIsComputedOnce() throws Exception {
        Project project = project();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<StringBuilder>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(threads.submit(() -> project.analysis(StringBuilder.class, ignored -> {
                    computed.incrementAndGet();
                    started.countDown();
                    await(release);
                    return new StringBuilder("shared");
                })));
            }
            assertEquals(true, started.await(10, TimeUnit.SECONDS));
            Thread.sleep(50); // the other three are asking meanwhile
            release.countDown();
            StringBuilder first = results.get(0).get(10, TimeUnit.SECONDS);
            for (Future<StringBuilder> result : results) {
                assertSame(first, result.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFailedAnalysisFailsEveryCallerWithTheSameException() {
        Project project = project();
        IllegalStateException failure = new IllegalStateException("broken analysis");

        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> project.analysis(Integer.class, ignored -> {
                    throw failure;
                })));
        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> project.analysis(Integer.class, ignored -> 1)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
