package com.pazpaz.query.search;

import com.pazpaz.infra.web.ProblemResponses;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.query.common.PageParams;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the records of one practice whose tokens include every token of the query's words (each word a prefix
 * for clients, a whole word for notes), newest first, one page at a time. The query is turned into tokens here
 * and never stored, logged or echoed; the SQL compares tokens only. The workspace is in every condition.
 */
@Component
public class BlindSearch {

    /** A page of matching ids, in order, and how many match in all. */
    public record Found(List<UUID> ids, long total) {}

    private static final String MATCHES = "SELECT record_id FROM search_tokens WHERE workspace_id = ?"
            + " AND key_generation = ? AND token = ANY (?) GROUP BY record_id HAVING count(*) = ?";
    private static final String CLIENTS =
            " FROM clients c JOIN (" + MATCHES + ") m ON m.record_id = c.id" + " WHERE c.workspace_id = ?";
    private static final String CLIENT_ORDER = " ORDER BY c.updated_at DESC, c.id";
    private static final String NOTES = " FROM sessions c JOIN (" + MATCHES + ") m ON m.record_id = c.id"
            + " WHERE c.workspace_id = ? AND c.deleted_at IS NULL";
    private static final String NOTE_ORDER = " ORDER BY c.session_date DESC, c.id";

    /**
     * Sent with the search in the same round trip: the search is planned once per connection, not at every call.
     * Left to itself, PostgreSQL plans it anew for each query's tokens (a custom plan: the generic one's estimate
     * for an array it cannot see is higher), and planning the join cost more than running it, 141 of
     * 207 µs (docs/benchmarks/profile-reads.md, "Search"); the plan is the same either way (index scan of the
     * tokens, the matches counted, then the records by id). {@code LOCAL}: it ends with the transaction.
     */
    private static final String PLANNED_ONCE = "SET LOCAL plan_cache_mode = force_generic_plan; ";

    private final SearchKeys keys;
    private final JdbcTemplate jdbc;

    BlindSearch(SearchKeys keys, JdbcTemplate jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    /** Clients whose name, e-mail or phone has a word starting with each word of the query. */
    public Found clients(UUID workspaceId, String query, PageParams page) {
        return find(workspaceId, SearchKind.CLIENT, query, CLIENTS, CLIENT_ORDER, page);
    }

    /** Notes (not deleted) whose SOAP text contains each word of the query. */
    public Found notes(UUID workspaceId, String query, PageParams page) {
        return find(workspaceId, SearchKind.NOTE, query, NOTES, NOTE_ORDER, page);
    }

    private Found find(UUID workspaceId, SearchKind kind, String query, String from, String order, PageParams page) {
        Set<String> words = SearchWords.words(query);
        if (words.isEmpty()) {
            throw new ValidationFailedException(List.of(new ProblemResponses.FieldProblem(
                    "q", "must contain a word of at least " + SearchWords.MIN_LENGTH + " letters or digits")));
        }
        SearchKeys.Generation generation = keys.searched(workspaceId);
        if (generation == null) {
            return new Found(List.of(), 0);
        }
        byte[][] tokens = keys.index(generation).tokens(kind, words).stream()
                .map(BlindIndex.Token::bytes)
                .toArray(byte[][]::new);
        Found found = jdbc.execute((ConnectionCallback<Found>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    PLANNED_ONCE + "SELECT c.id, count(*) OVER ()" + from + order + " LIMIT ? OFFSET ?")) {
                bind(statement, connection, workspaceId, generation, tokens);
                statement.setInt(6, page.pageSize());
                statement.setLong(7, page.offset());
                return pageAfterTheSet(statement);
            }
        });
        if (found.ids().isEmpty() && page.offset() > 0) {
            return new Found(found.ids(), count(from, workspaceId, generation, tokens));
        }
        return found;
    }

    /** Runs {@link #PLANNED_ONCE} and the search; the rows are the second result, each with the count of all. */
    private static Found pageAfterTheSet(PreparedStatement statement) throws SQLException {
        statement.execute(); // the SET's outcome
        List<UUID> ids = new ArrayList<>();
        long total = 0;
        if (statement.getMoreResults()) {
            try (ResultSet rs = statement.getResultSet()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                    total = rs.getLong(2);
                }
            }
        }
        return new Found(ids, total);
    }

    private long count(String from, UUID workspaceId, SearchKeys.Generation generation, byte[][] tokens) {
        Long count = jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement("SELECT count(*)" + from);
                    bind(statement, connection, workspaceId, generation, tokens);
                    return statement;
                },
                rs -> rs.next() ? rs.getLong(1) : 0L);
        return count == null ? 0 : count;
    }

    private static void bind(
            PreparedStatement statement,
            java.sql.Connection connection,
            UUID workspaceId,
            SearchKeys.Generation generation,
            byte[][] tokens)
            throws SQLException {
        statement.setObject(1, workspaceId);
        statement.setInt(2, generation.number());
        statement.setArray(3, connection.createArrayOf("bytea", tokens));
        statement.setInt(4, tokens.length);
        statement.setObject(5, workspaceId);
    }
}
