package com.pazpaz.local.bench;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What {@link QueryScenarios} seeded and read over HTTP, for the section that reads the same rows in plain JDBC
 * ({@link RowSecurityCost}).
 *
 * @param clientPractice the practice of 10,000 clients
 * @param clients        its clients
 * @param calendar       the largest practice whose week calendar was read
 */
record SeededReads(UUID clientPractice, List<UUID> clients, Calendar calendar) {

    SeededReads {
        clients = List.copyOf(clients);
    }

    /** The client whose read over HTTP is measured: the one in the middle of the practice's. */
    static <T> T clientReadOverHttp(List<T> clients) {
        return clients.get(clients.size() / 2);
    }

    /** A practice of {@code appointments} and the week its calendar read asks for, which holds {@code inWeek}. */
    record Calendar(UUID practice, int appointments, Instant weekStart, Instant weekEnd, long inWeek) {}
}
