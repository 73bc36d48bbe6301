package com.pazpaz.query.search;

import com.pazpaz.query.common.ReadModelRows;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings the tokens of the records one projection batch changed up to date, once per batch, after the batch's
 * rows are written: the records are read back from their rows and decrypted, so the tokens always follow the row
 * the batch left (a partial revision included), and a record that is gone or erased keeps no token.
 */
@Component
class SearchIndexWriter {

    /** The records a batch changed, by kind; and the clients erased, whose notes lose their tokens too. */
    static final class Changed {
        final Set<UUID> clients = new LinkedHashSet<>();
        final Set<UUID> notes = new LinkedHashSet<>();
        final Set<UUID> erasedClients = new LinkedHashSet<>();
    }

    private final ReadModelRows rows;
    private final RecordWords words;
    private final SearchKeys keys;
    private final SearchTokenRows tokens;
    private final JdbcTemplate jdbc;

    SearchIndexWriter(ReadModelRows rows, RecordWords words, SearchKeys keys, SearchTokenRows tokens,
                      JdbcTemplate jdbc) {
        this.rows = rows;
        this.words = words;
        this.keys = keys;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    void write(Changed changed) {
        rows.flush();
        Set<UUID> notes = new LinkedHashSet<>(changed.notes);
        if (!changed.erasedClients.isEmpty()) {
            notes.addAll(jdbc.queryForList("SELECT id FROM sessions WHERE client_id = ANY (?)", UUID.class,
                    (Object) changed.erasedClients.toArray(UUID[]::new)));
        }
        List<IndexedRecord> records = new ArrayList<>(words.clients(changed.clients, false));
        records.addAll(words.notes(notes, false));
        Set<UUID> all = new LinkedHashSet<>(changed.clients);
        all.addAll(notes);
        tokens.replace(all, rowsOf(records), null);
    }

    private List<SearchTokenRows.Row> rowsOf(List<IndexedRecord> records) {
        Map<UUID, List<IndexedRecord>> byWorkspace = records.stream().filter(r -> !r.words().isEmpty())
                .collect(Collectors.groupingBy(IndexedRecord::workspaceId));
        List<SearchTokenRows.Row> rows = new ArrayList<>();
        byWorkspace.forEach((workspace, inWorkspace) ->
                rows.addAll(SearchTokenRows.rowsOf(inWorkspace, workspace, keys.ensure(workspace), keys)));
        return rows;
    }
}
