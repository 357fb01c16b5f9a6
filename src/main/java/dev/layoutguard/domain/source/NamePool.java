package dev.layoutguard.domain.source;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The dotted names the readers cut from the sources of one run, each kept once however many files spell it: the
 * package a hundred files declare, the import a thousand files write, is one string, and a name already held is not
 * cut from the text again. A fixed table that threads fill without locks; once a name finds no room, it is simply
 * not shared.
 */
final class NamePool {

    private static final int PROBES = 8;

    private final AtomicReferenceArray<String> table;
    private final int mask;

    /** @param capacity about how many names to hold */
    NamePool(int capacity) {
        int size = Integer.highestOneBit(Math.max(32, capacity) * 2 - 1);
        this.table = new AtomicReferenceArray<>(size * 2);
        this.mask = size * 2 - 1;
    }

    /** The text from {@code start} to {@code end} (exclusive), as the string the pool holds for it. */
    String name(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int length = end - start;
        int slot = (hash ^ hash >>> 16) & mask;
        for (int probe = 0; probe < PROBES; probe++) {
            String held = table.get(slot);
            if (held == null) {
                String name = text.substring(start, end);
                if (table.compareAndSet(slot, null, name)) {
                    return name;
                }
                held = table.get(slot);
            }
            if (held.length() == length && text.regionMatches(start, held, 0, length)) {
                return held;
            }
            slot = (slot + 1) & mask;
        }
        return text.substring(start, end);
    }

    /** A name built elsewhere, as the string the pool holds for it. */
    String name(String built) {
        return name(built, 0, built.length());
    }
}
