package dev.layoutguard.domain;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed once per key: by the first thread that asks, while the others that ask meanwhile wait for it. The
 * value is computed outside the map's locks, so a long computation never stalls threads asking for other keys.
 */
public final class Memo<K, V> {

    private final ConcurrentHashMap<K, CompletableFuture<V>> values;

    public Memo() {
        this(16);
    }

    /** @param capacity how many keys to make room for up front, so threads adding at once never wait on a resize */
    public Memo(int capacity) {
        this.values = new ConcurrentHashMap<>(capacity);
    }

    /**
     * The value of a key, computed now if no thread has asked for it before. A computation that throws throws in the
     * thread that ran it and, as it was, in every thread that asks for the key after.
     */
    public V get(K key, Function<? super K, ? extends V> compute) {
        CompletableFuture<V> existing = values.get(key);
        if (existing == null) {
            CompletableFuture<V> mine = new CompletableFuture<>();
            existing = values.putIfAbsent(key, mine);
            if (existing == null) {
                try {
                    V value = compute.apply(key);
                    mine.complete(value);
                    return value;
                } catch (RuntimeException | Error e) {
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
        }
        try {
            return existing.join();
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
