package dev.layoutguard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void computesEachKeyOnceAndKeepsItsValue() {
        Memo<String, String> memo = new Memo<>();
        AtomicInteger computed = new AtomicInteger();

        String first = memo.get("a", key -> key + computed.incrementAndGet());
        String again = memo.get("a", key -> key + computed.incrementAndGet());
        String other = memo.get("b", key -> key + computed.incrementAndGet());

        assertSame(first, again);
        assertEquals(List.of("a1", "b2"), List.of(first, other));
    }

    @Test
    void threadsAskingWhileAnotherComputesWaitForItsValue() throws Exception {
        Memo<String, Integer> memo = new Memo<>();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            Future<Integer> computing = threads.submit(() -> memo.get("slow", key -> {
                started.countDown();
                await(release);
                return computed.incrementAndGet();
            }));
            started.await();
            List<Future<Integer>> waiting = List.of(
                    threads.submit(() -> memo.get("slow", key -> computed.incrementAndGet())),
                    threads.submit(() -> memo.get("slow", key -> computed.incrementAndGet())));
            release.countDown();

            assertEquals(1, computing.get(10, TimeUnit.SECONDS));
            for (Future<Integer> result : waiting) {
                assertEquals(1, result.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aComputationThatThrowsThrowsTheSameForEveryoneAfter() {
        Memo<String, String> memo = new Memo<>();
        IllegalStateException failure = new IllegalStateException("broken");

        IllegalStateException first = assertThrows(IllegalStateException.class, () -> memo.get("a", key -> {
            throw failure;
        }));
        IllegalStateException later = assertThrows(IllegalStateException.class, () -> memo.get("a", key -> "fine"));

        assertSame(failure, first);
        assertSame(failure, later);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
