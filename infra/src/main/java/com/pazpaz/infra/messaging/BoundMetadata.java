package com.pazpaz.infra.messaging;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Metadata for commands sent outside an HTTP request on this thread, such as the importer's (docs/import.md):
 * the acting user and workspace of the imported record, and the mark that it was imported. A request's own
 * metadata always wins; this is only read when there is no request.
 */
public final class BoundMetadata {

    private static final ThreadLocal<Map<String, String>> CURRENT = new ThreadLocal<>();

    private BoundMetadata() {}

    /** Runs {@code work} with {@code metadata} stamped on every command it sends from this thread. */
    public static <T> T with(Map<String, String> metadata, Supplier<T> work) {
        Map<String, String> previous = CURRENT.get();
        CURRENT.set(Map.copyOf(metadata));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    static Map<String, String> current() {
        Map<String, String> metadata = CURRENT.get();
        return metadata == null ? Map.of() : metadata;
    }
}
