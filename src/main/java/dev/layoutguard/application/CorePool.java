package dev.layoutguard.application;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * A fork-join pool with a worker per core, for a task and the parallel streams it opens. From a caller's thread, a
 * parallel stream runs on the common pool, which has one worker fewer than the machine has cores: the caller is meant
 * to be the last, but it works only on the tasks of its own stream, so on two cores the work ran on one core while
 * the caller waited. The walk and the rules each run on one.
 */
public final class CorePool implements AutoCloseable {

    private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    /**
     * Runs a task on the pool and waits for it. An exception of the task is thrown as it was thrown: a fork-join pool
     * hands the waiting thread a copy of an exception thrown in another thread, of the same class, with the original
     * as its cause and its text as the message (once per thread it passed through); those copies are taken off.
     */
    public <T> T run(Supplier<T> task) throws InterruptedException {
        try {
            return pool.submit(task::get).get();
        } catch (ExecutionException e) {
            throw thrown(e.getCause());
        }
    }

    private static RuntimeException thrown(Throwable failure) {
        Throwable original = failure;
        while (original.getCause() != null && original.getCause().getClass() == original.getClass()
                && original.getCause().toString().equals(original.getMessage())) {
            original = original.getCause();
        }
        if (original instanceof Error error) {
            throw error;
        }
        return original instanceof RuntimeException runtime ? runtime : new IllegalStateException(original);
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
