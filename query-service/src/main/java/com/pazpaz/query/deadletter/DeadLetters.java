package com.pazpaz.query.deadletter;

import com.pazpaz.query.common.ParkedSequences;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The parked letters ({@code read_model_dead_letters}) and, in memory, which practices have any: the projection
 * asks the memory for every event, so a practice with no letters costs no query. The memory is loaded when the
 * service starts and when the processor resumes after a quiet spell (how a newly claimed
 * segment learns what another instance parked); a practice it believes parked is confirmed in the table, under
 * the practice's lock, before an event is parked behind it.
 */
@Component
public class DeadLetters implements ParkedSequences {

    /** First key of the advisory locks that order the parking, the retries and the skips of one practice. */
    private static final int LOCK_SPACE = 1313;

    private static final String COLUMNS = "global_index, workspace_id, event_identifier, event_type, "
            + "aggregate_identifier, failure, parked_at, retries, last_retry_failure";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Practice → its parked letters' lowest position and count, as this instance knows them. */
    private final Map<UUID, Parked> parked = new ConcurrentHashMap<>();

    DeadLetters(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this instance knows of letters of the practice (no query). */
    public boolean mayBeParked(UUID workspace) {
        return parked.containsKey(workspace);
    }

    /** The position of the practice's first parked event, as far as this instance knows (no query). */
    @Override
    public OptionalLong firstParkedPosition(UUID workspace) {
        Parked letters = parked.get(workspace);
        return letters == null ? OptionalLong.empty() : OptionalLong.of(letters.first());
    }

    /** How many letters this instance knows of, for the metric. */
    public long count() {
        return parked.values().stream().mapToLong(Parked::count).sum();
    }

    /** Orders this transaction's work on the practice's letters after any other's (until it ends). */
    void lock(UUID workspace) {
        jdbc.query("SELECT pg_advisory_xact_lock(?, hashtext(?))", rs -> {}, LOCK_SPACE, workspace.toString());
    }

    boolean hasLetters(UUID workspace) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM read_model_dead_letters WHERE workspace_id = ?)",
                Boolean.class,
                workspace));
    }

    void park(DeadLetter letter) {
        jdbc.update(
                "INSERT INTO read_model_dead_letters (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL)",
                letter.position(),
                letter.workspaceId(),
                letter.eventId(),
                letter.eventType(),
                letter.aggregateId(),
                letter.failure(),
                Timestamp.from(letter.parkedAt()));
    }

    /** The practice's letters in their order (the order their events are to be applied in). */
    public List<DeadLetter> of(UUID workspace) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM read_model_dead_letters WHERE workspace_id = ? " + "ORDER BY global_index",
                DeadLetters::read,
                workspace);
    }

    /** Every practice's letters, oldest first, at most {@code limit}. */
    List<DeadLetter> all(int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM read_model_dead_letters ORDER BY global_index LIMIT ?",
                DeadLetters::read,
                limit);
    }

    void delete(UUID workspace, long upToPosition) {
        jdbc.update(
                "DELETE FROM read_model_dead_letters WHERE workspace_id = ? AND global_index <= ?",
                workspace,
                upToPosition);
    }

    void recordRetryFailure(UUID workspace, String failure) {
        jdbc.update(
                "UPDATE read_model_dead_letters SET retries = retries + 1, last_retry_failure = ? "
                        + "WHERE global_index = (SELECT min(global_index) FROM read_model_dead_letters WHERE workspace_id = ?)",
                failure,
                workspace);
    }

    Instant now() {
        return clock.instant();
    }

    /** Remembers letters this instance has just committed. */
    void remember(UUID workspace, long position) {
        parked.merge(
                workspace,
                new Parked(position, 1),
                (known, added) -> new Parked(Math.min(known.first(), added.first()), known.count() + 1));
    }

    /** Learns the practice's letters again from the table (after a retry or a skip changed them). */
    void reload(UUID workspace) {
        List<Parked> letters = jdbc.query(
                "SELECT min(global_index), count(*) FROM read_model_dead_letters "
                        + "WHERE workspace_id = ? HAVING count(*) > 0",
                (rs, n) -> new Parked(rs.getLong(1), rs.getLong(2)),
                workspace);
        if (letters.isEmpty()) {
            parked.remove(workspace);
        } else {
            parked.put(workspace, letters.get(0));
        }
    }

    /** Learns every practice's letters again from the table. */
    public void reload() {
        Map<UUID, Parked> loaded = new ConcurrentHashMap<>();
        jdbc.query(
                "SELECT workspace_id, min(global_index), count(*) FROM read_model_dead_letters "
                        + "GROUP BY workspace_id",
                rs -> {
                    loaded.put(rs.getObject(1, UUID.class), new Parked(rs.getLong(2), rs.getLong(3)));
                });
        parked.keySet().retainAll(loaded.keySet());
        parked.putAll(loaded);
    }

    private static DeadLetter read(ResultSet rs, int row) throws SQLException {
        return new DeadLetter(
                rs.getLong(1),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant(),
                rs.getInt(8),
                rs.getString(9));
    }

    private record Parked(long first, long count) {}
}
