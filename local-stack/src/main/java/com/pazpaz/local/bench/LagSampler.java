package com.pazpaz.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * Projection lag: from a register-client's HTTP response until the new client's row is committed in the read
 * table {@code clients}, which is what the projection does and nothing else. It polls that row by primary key on
 * a connection of its own every 0.5 ms: an index lookup costs the database a few µs, where the old sampler
 * spun on full GETs through query-service (HTTP, JWT, the read audit's own append and commit on every try), which
 * loaded the very processor it measured. The query path is measured by the query rows, not here.
 */
final class LagSampler implements AutoCloseable {

    private static final long BACK_OFF_NANOS = 500_000;

    private final BenchContext bench;
    private final Connection connection;
    private final PreparedStatement projected;

    LagSampler(BenchContext bench) throws Exception {
        this.bench = bench;
        this.connection =
                DriverManager.getConnection(bench.stack.jdbcUrl(), bench.stack.jdbcUser(), bench.stack.jdbcPassword());
        this.projected = connection.prepareStatement("SELECT 1 FROM clients WHERE id = ?");
    }

    /** One sample per registered client, one after the other; nanoseconds each. */
    long[] samples(int count) throws Exception {
        long[] lags = new long[count];
        for (int i = 0; i < count; i++) {
            JsonNode created = bench.owner.post(bench.command("/api/v1/clients"), Seeder.registerBody(i));
            long answered = System.nanoTime();
            UUID id = UUID.fromString(created.get("id").asText());
            while (!isProjected(id)) {
                LockSupport.parkNanos(BACK_OFF_NANOS);
            }
            lags[i] = System.nanoTime() - answered;
        }
        return lags;
    }

    private boolean isProjected(UUID id) throws Exception {
        projected.setObject(1, id);
        try (ResultSet row = projected.executeQuery()) {
            return row.next();
        }
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
