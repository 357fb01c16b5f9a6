package dev.layoutguard.domain;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed once per key: by the first thread that asks, while the others that ask meanwhile wait for it. The
 * value is computed outside the map's locks, so a long computation never stalls threads asking for other keys, and
 * once computed it takes the place of what the waiting threads waited on, so a memo of many keys holds only values.
 */
public final class Memo<K, V> {

    /** Per key: the value, or while it is computed, the future that threads asking meanwhile wait on. */
    private final ConcurrentHashMap<K, Object> values;

    public Memo() {
        this(16);
    }

    /** @param capacity how many keys to make room for up front, so threads adding at once never wait on a resize */
    public Memo(int capacity) {
        this.values = new ConcurrentHashMap<>(capacity);
    }

    /** The value of a key when a thread has finished computing it; {@code null} when none has (yet). */
    @SuppressWarnings("unchecked")
    public V peek(K key) {
        Object existing = values.get(key);
        return existing == null || existing instanceof CompletableFuture<?> ? null : (V) existing;
    }

    /**
     * The value of a key, computed now if no thread has asked for it before. A computation that throws throws in the
     * thread that ran it and, as it was, in every thread that asks for the key after. Values must not be null.
     */
    @SuppressWarnings("unchecked")
    public V get(K key, Function<? super K, ? extends V> compute) {
        Object existing = values.get(key);
        if (existing == null) {
            CompletableFuture<V> mine = new CompletableFuture<>();
            existing = values.putIfAbsent(key, mine);
            if (existing == null) {
                V value;
                try {
                    value = Objects.requireNonNull(compute.apply(key), "computed value");
                } catch (RuntimeException | Error e) {
                    mine.completeExceptionally(e);
                    throw e;
                }
                values.replace(key, mine, value);
                mine.complete(value);
                return value;
            }
        }
        if (!(existing instanceof CompletableFuture<?> pending)) {
            return (V) existing;
        }
        try {
            return (V) pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
