package com.pazpaz.infra.eventstore.chain;

import com.pazpaz.infra.eventstore.chain.ChainVerification.BrokenLink;
import com.pazpaz.infra.eventstore.chain.ChainVerification.Kind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks a workspace's hash chain and recomputes every link from the stored events. It needs nothing but read
 * access to the event store, so it can run inside a service, from the command line, or against a backup.
 */
public class EventChainVerifier {

    private static final int MAX_PROBLEMS = 100;
    /** Events without a link looked at per verification: the pending ones plus at most the problems. */
    private static final int MAX_UNLINKED = 10_000;

    private static final byte[] GENESIS = new byte[32];

    private final JdbcTemplate jdbc;
    private final String schema;
    private final Duration window;

    /**
     * @param window how long after its commit an event may still lack its link: younger ones are pending,
     *               older ones {@link Kind#UNCHAINED}
     */
    public EventChainVerifier(JdbcTemplate jdbc, String schema, Duration window) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.window = window;
    }

    /** Every workspace that has a chain. */
    public List<UUID> workspaces() {
        return jdbc.queryForList(
                "SELECT workspace_id FROM " + schema + ".chain_head ORDER BY workspace_id", UUID.class);
    }

    public ChainVerification verify(UUID workspaceId) {
        Walk walk = new Walk();
        jdbc.query(
                "SELECT c.chain_sequence, c.global_index, c.previous_hash, c.hash, e.event_identifier,"
                        + " e.aggregate_identifier, e.sequence_number, e.type, e.payload_type, e.payload_revision,"
                        + " e.time_stamp, e.payload, e.meta_data, e.global_index IS NULL AS removed"
                        + " FROM " + schema + ".event_chain c LEFT JOIN " + schema + ".domain_event_entry e"
                        + " ON e.global_index = c.global_index WHERE c.workspace_id = ? ORDER BY c.chain_sequence",
                walk::link,
                workspaceId);
        // Read after the walk: an event linked in between is in neither answer, never a false alarm.
        Unlinked unlinked = new Unlinked(walk.problems);
        jdbc.query(
                "SELECT e.global_index, q.global_index IS NOT NULL AS queued,"
                        + " q.queued_at < clock_timestamp() - make_interval(secs => ?) AS overdue"
                        + " FROM " + schema + ".domain_event_entry e"
                        + " LEFT JOIN " + schema + ".chain_queue q ON q.global_index = e.global_index"
                        + " WHERE " + schema + ".event_workspace(e.payload) = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM " + schema + ".event_chain c"
                        + " WHERE c.global_index = e.global_index) ORDER BY e.global_index LIMIT " + MAX_UNLINKED,
                unlinked::event,
                window.toMillis() / 1000.0,
                workspaceId);
        List<BrokenLink> problems = new ArrayList<>(unlinked.problems);
        problems.sort(Comparator.comparingLong(BrokenLink::globalIndex));
        return new ChainVerification(
                workspaceId,
                walk.sequence,
                walk.sequence,
                HexFormat.of().formatHex(walk.previous),
                unlinked.pending,
                List.copyOf(problems));
    }

    /** Whether the chain still holds a head published earlier (catches a rewrite of the whole chain). */
    public boolean holdsPublishedHead(UUID workspaceId, long chainSequence, String hashHex) {
        List<byte[]> hashes = jdbc.query(
                "SELECT hash FROM " + schema + ".event_chain" + " WHERE workspace_id = ? AND chain_sequence = ?",
                (rs, n) -> rs.getBytes(1),
                workspaceId,
                chainSequence);
        return hashes.size() == 1 && Arrays.equals(hashes.get(0), HexFormat.of().parseHex(hashHex));
    }

    /** The workspace's events without a link: pending while young, problems once overdue or never queued. */
    private static final class Unlinked {
        private final List<BrokenLink> problems;
        private long pending;

        Unlinked(List<BrokenLink> linkProblems) {
            this.problems = new ArrayList<>(linkProblems);
        }

        void event(ResultSet rs) throws SQLException {
            long globalIndex = rs.getLong("global_index");
            if (!rs.getBoolean("queued")) {
                report(new BrokenLink(globalIndex, null, Kind.INSERTED));
            } else if (rs.getBoolean("overdue")) {
                report(new BrokenLink(globalIndex, null, Kind.UNCHAINED));
            } else {
                pending++;
            }
        }

        private void report(BrokenLink link) {
            if (problems.size() < 2 * MAX_PROBLEMS) {
                problems.add(link);
            }
        }
    }

    /** State of one walk along a chain. */
    private static final class Walk {
        private final List<BrokenLink> problems = new ArrayList<>();
        private long sequence;
        private byte[] previous = GENESIS;

        void link(ResultSet rs) throws SQLException {
            long chainSequence = rs.getLong("chain_sequence");
            long globalIndex = rs.getLong("global_index");
            byte[] storedHash = rs.getBytes("hash");
            if (chainSequence != sequence + 1 || !Arrays.equals(rs.getBytes("previous_hash"), previous)) {
                report(new BrokenLink(globalIndex, chainSequence, Kind.CHAIN_EDITED));
            } else if (rs.getBoolean("removed")) {
                report(new BrokenLink(globalIndex, chainSequence, Kind.REMOVED));
            } else if (!Arrays.equals(event(rs).chainedTo(previous), storedHash)) {
                report(new BrokenLink(globalIndex, chainSequence, Kind.ALTERED));
            }
            sequence = chainSequence;
            previous = storedHash;
        }

        private void report(BrokenLink link) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(link);
            }
        }

        private static CanonicalEvent event(ResultSet rs) throws SQLException {
            return new CanonicalEvent(
                    rs.getString("event_identifier"),
                    rs.getString("aggregate_identifier"),
                    rs.getLong("sequence_number"),
                    rs.getString("type"),
                    rs.getString("payload_type"),
                    rs.getString("payload_revision"),
                    rs.getString("time_stamp"),
                    rs.getString("payload"),
                    rs.getString("meta_data"));
        }
    }
}
