package com.pazpaz.infra.admission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far the watched tracking processors are behind the newest stored event, read from their tokens in the
 * event store's token table: one indexed query, at most once per sample interval however many commands ask.
 * The processors may run in another service (the read model runs in query-service), so their positions are
 * read where every instance of them writes them.
 *
 * <p>A processor that is behind and has not moved for {@code stalledAfter} is stalled (its service stopped, its
 * broker away) and no longer counts: a command waits for a pipeline that is catching up, never for one that is
 * not moving, which the health endpoint reports instead. A token without a plain position (a processor being
 * replayed from the start) does not count either.
 */
class PipelineDistance {

    private static final Logger log = LoggerFactory.getLogger(PipelineDistance.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final String sql;
    private final Object[] processors;
    private final long sampleIntervalNanos;
    private final long stalledAfterNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Progress> progress = new HashMap<>();
    private long sampledAt;
    private boolean sampled;
    private long behind;

    PipelineDistance(
            JdbcTemplate jdbc,
            String eventTable,
            String tokenTable,
            AdmissionProperties properties,
            LongSupplier nanoTime) {
        this.jdbc = jdbc;
        List<String> names = properties.processors();
        this.processors = names.toArray();
        this.sql = "SELECT (SELECT coalesce(max(global_index), -1) FROM " + eventTable
                + "), processor_name, token FROM "
                + tokenTable + " WHERE processor_name IN (" + String.join(", ", Collections.nCopies(names.size(), "?"))
                + ")";
        this.sampleIntervalNanos = properties.sampleInterval().toNanos();
        this.stalledAfterNanos = properties.stalledAfter().toNanos();
        this.nanoTime = nanoTime;
    }

    /** Events that the furthest-behind processor still catching up has not processed; 0 when none is behind. */
    synchronized long eventsBehind() {
        long now = nanoTime.getAsLong();
        if (!sampled || now - sampledAt >= sampleIntervalNanos) {
            behind = measure(now);
            sampledAt = now;
            sampled = true;
        }
        return behind;
    }

    private long measure(long now) {
        if (processors.length == 0) {
            return 0;
        }
        long[] head = {-1};
        Map<String, Long> positions = new HashMap<>();
        try {
            jdbc.query(
                    sql,
                    row -> {
                        head[0] = row.getLong(1);
                        Long position = positionOf(row.getBytes(3));
                        if (position != null) {
                            // a processor of several segments is as far as its slowest segment
                            positions.merge(row.getString(2), position, Math::min);
                        }
                    },
                    processors);
        } catch (DataAccessException e) {
            // the command itself will meet the outage and answer for it; admission does not hold it back
            log.debug("processor positions unreadable, commands are not held: {}", e.getMessage());
            return 0;
        }
        long furthest = 0;
        for (Map.Entry<String, Long> entry : positions.entrySet()) {
            long distance = head[0] - entry.getValue();
            if (isCatchingUp(entry.getKey(), entry.getValue(), distance, now)) {
                furthest = Math.max(furthest, distance);
            }
        }
        return furthest;
    }

    /** Remembers when the processor last moved or was level with the head, and says whether it counts. */
    private boolean isCatchingUp(String processor, long position, long distance, long now) {
        Progress last = progress.get(processor);
        if (last == null || last.position() != position || distance <= 0) {
            progress.put(processor, new Progress(position, now));
            return distance > 0;
        }
        return now - last.movedAt() < stalledAfterNanos;
    }

    /** The plain position of a tracking token ({@code {"index": n, "gaps": [...]}}); null for any other. */
    private static Long positionOf(byte[] token) {
        if (token == null) {
            return null;
        }
        try {
            JsonNode index = JSON.readTree(token).get("index");
            return index != null && index.canConvertToLong() ? index.asLong() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private record Progress(long position, long movedAt) {}
}
