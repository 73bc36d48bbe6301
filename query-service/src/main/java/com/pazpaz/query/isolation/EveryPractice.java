package com.pazpaz.query.isolation;

import java.util.function.Supplier;

/**
 * Marks work that reads or writes every practice's rows: the projectors, the rebuild, the search index's upkeep
 * and the token check's user lookup. A connection asked for while it is marked comes from the event processing's
 * role ({@code pazpaz_projection}), whose row policy passes every practice; anything unmarked, every request
 * above all, gets the request role, which sees only the workspace its transaction names (no name, no rows). So
 * forgetting the mark fails closed: the work finds nothing, it never finds too much.
 */
public final class EveryPractice {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private EveryPractice() {}

    /** Whether the current thread is working for every practice now. */
    public static boolean active() {
        return DEPTH.get()[0] > 0;
    }

    public static <T> T call(Supplier<T> work) {
        enter();
        try {
            return work.get();
        } finally {
            leave();
        }
    }

    /** {@code work} run marked, for the thread of a background worker that serves every practice. */
    public static Runnable marking(Runnable work) {
        return () -> {
            enter();
            try {
                work.run();
            } finally {
                leave();
            }
        };
    }

    static void enter() {
        DEPTH.get()[0]++;
    }

    static void leave() {
        DEPTH.get()[0]--;
    }
}
