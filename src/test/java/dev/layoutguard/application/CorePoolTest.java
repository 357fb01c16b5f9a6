package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CorePoolTest {

    @Test
    void runsTheTaskAndItsParallelStreamAndGivesItsResultInOrder() throws InterruptedException {
        try (CorePool pool = new CorePool()) {
            List<Integer> squares = pool.run(() -> IntStream.range(0, 100).parallel().map(i -> i * i).boxed()
                    .toList());

            assertEquals(IntStream.range(0, 100).map(i -> i * i).boxed().toList(), squares);
        }
    }

    @Test
    void anExceptionThrownInAWorkerComesOutAsItWasThrownNotAsThePoolsCopy() {
        UncheckedIOException failure = new UncheckedIOException(new IOException("unreadable"));
        IllegalStateException broken = new IllegalStateException("broken");
        try (CorePool pool = new CorePool()) {
            assertSame(failure, assertThrows(UncheckedIOException.class, () -> pool.run(() -> IntStream.range(0, 64)
                    .parallel().map(i -> {
                        if (i == 63) {
                            throw failure;
                        }
                        return i;
                    }).sum())));
            assertSame(broken, assertThrows(IllegalStateException.class, () -> pool.run(() -> IntStream.range(0, 64)
                    .parallel().map(i -> {
                        if (i == 63) {
                            throw broken;
                        }
                        return i;
                    }).sum())));
        }
    }
}
