package com.pazpaz.query.search;

import com.pazpaz.query.common.BulkReplay;
import com.pazpaz.query.common.ReadModelRows;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings the tokens of the records one projection batch changed up to date, once per batch, after the batch's
 * rows are written: the records are read back from their rows and decrypted, so the tokens always follow the row
 * the batch left (a partial revision included), and a record that is gone or erased keeps no token.
 */
@Component
class SearchIndexWriter implements BulkReplay.Derived {

    /** Records indexed per transaction when a rebuild indexes whole tables. */
    static final int PAGE = 500;

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

    SearchIndexWriter(
            ReadModelRows rows, RecordWords words, SearchKeys keys, SearchTokenRows tokens, JdbcTemplate jdbc) {
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
            notes.addAll(jdbc.queryForList("SELECT id FROM sessions WHERE client_id = ANY (?)", UUID.class, (Object)
                    changed.erasedClients.toArray(UUID[]::new)));
        }
        List<IndexedRecord> records = new ArrayList<>(words.clients(changed.clients, false));
        records.addAll(words.notes(notes, false));
        Set<UUID> all = new LinkedHashSet<>(changed.clients);
        all.addAll(notes);
        tokens.replace(all, rowsOf(records), null);
    }

    /**
     * Indexes every client and note of the replayed tables, a page of records per transaction, in id order; the
     * tables are bare and the search tokens empty, so the rows are inserted with nothing to replace.
     */
    @Override
    public void buildFromReplayedTables(Consumer<Runnable> inReplayTransaction) {
        indexAll(words::clientPage, inReplayTransaction);
        indexAll(words::notePage, inReplayTransaction);
    }

    private void indexAll(BiFunction<UUID, Integer, List<IndexedRecord>> page, Consumer<Runnable> inReplayTransaction) {
        UUID[] after = {new UUID(0, 0)}; // the smallest uuid: PostgreSQL orders them as unsigned bytes
        boolean[] more = {true};
        while (more[0]) {
            inReplayTransaction.accept(() -> {
                List<IndexedRecord> records = page.apply(after[0], PAGE);
                tokens.insert(rowsOf(records));
                more[0] = records.size() == PAGE;
                if (!records.isEmpty()) {
                    after[0] = records.get(records.size() - 1).recordId();
                }
            });
        }
    }

    private List<SearchTokenRows.Row> rowsOf(List<IndexedRecord> records) {
        Map<UUID, List<IndexedRecord>> byWorkspace = records.stream()
                .filter(r -> !r.words().isEmpty())
                .collect(Collectors.groupingBy(IndexedRecord::workspaceId));
        List<SearchTokenRows.Row> rows = new ArrayList<>();
        byWorkspace.forEach((workspace, inWorkspace) ->
                rows.addAll(SearchTokenRows.rowsOf(inWorkspace, workspace, keys.ensure(workspace), keys)));
        return rows;
    }
}
