package com.pazpaz.query.common;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows one batch of events changes, held until the batch commits. Pending rows are written table by table
 * in the order of the foreign keys (a row's parents first), each table in one statement; insert-only rows follow.
 * Within one write nothing is deleted, so that order always holds; a delete writes what is pending first.
 */
final class ProjectionBatch {

    private final JdbcTemplate jdbc;
    private final Runnable flushJpa;
    private final List<Object> events;
    private final Map<RowTable<?>, Map<UUID, Optional<Object>>> known = new HashMap<>();
    private final Map<RowTable<?>, LinkedHashMap<UUID, Object>> pending = new LinkedHashMap<>();
    private final Map<BatchStatement<?>, List<Object>> appended = new LinkedHashMap<>();
    private final Set<RowTable<?>> prefetched = new HashSet<>();

    ProjectionBatch(JdbcTemplate jdbc, Runnable flushJpa, List<Object> events) {
        this.jdbc = jdbc;
        this.flushJpa = flushJpa;
        this.events = events;
    }

    <R> void apply(RowTable<R> table, Object event) {
        UUID id = table.changes().apply(event);
        R current = id == null ? null : current(table, id);
        R next = table.fold().apply(current, event);
        if (next != null) {
            put(table, next);
        } else if (current != null) {
            delete(table, id);
        } else {
            throw new IllegalStateException(
                    "Event " + event.getClass().getSimpleName() + " for an unknown row " + id + " of " + table.name());
        }
    }

    <R> R find(RowTable<R> table, UUID id) {
        return current(table, id);
    }

    <R> void put(RowTable<R> table, R row) {
        UUID id = table.id(row);
        known.computeIfAbsent(table, t -> new HashMap<>()).put(id, Optional.of(row));
        pending.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(id, row);
    }

    void delete(RowTable<?> table, UUID id) {
        flush();
        table.deleteStatements().forEach(sql -> jdbc.update(sql, id));
        forgetRows();
    }

    void execute(String sql, Object... arguments) {
        flush();
        jdbc.update(sql, arguments);
        forgetRows();
    }

    <R> void append(BatchStatement<R> statement, R row) {
        appended.computeIfAbsent(statement, s -> new ArrayList<>()).add(row);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void flush() {
        List<RowTable<?>> tables = new ArrayList<>(pending.keySet());
        tables.sort(Comparator.comparingInt(ProjectionBatch::rank));
        for (RowTable table : tables) {
            List rows = new ArrayList<>(pending.get(table).values());
            jdbc.execute((java.sql.Connection c) -> {
                table.upsert().execute(c, rows);
                return null;
            });
        }
        pending.clear();
        flushJpa.run();
        appended.forEach((statement, rows) -> jdbc.execute((java.sql.Connection c) -> {
            ((BatchStatement) statement).execute(c, rows);
            return null;
        }));
        appended.clear();
    }

    /** Forgets what this batch holds and has not written (the event that produced it was rolled back). */
    void discard() {
        pending.clear();
        appended.clear();
        forgetRows();
    }

    @SuppressWarnings("unchecked")
    private <R> R current(RowTable<R> table, UUID id) {
        Map<UUID, Optional<Object>> rows = known.computeIfAbsent(table, t -> new HashMap<>());
        if (!rows.containsKey(id) && prefetched.add(table)) {
            Set<UUID> wanted = new HashSet<>();
            events.forEach(event -> {
                UUID changed = table.changes().apply(event);
                if (changed != null && !rows.containsKey(changed)) {
                    wanted.add(changed);
                }
            });
            wanted.add(id);
            load(table, wanted, rows);
        }
        if (!rows.containsKey(id)) {
            load(table, Set.of(id), rows);
        }
        return (R) rows.get(id).orElse(null);
    }

    private <R> void load(RowTable<R> table, Set<UUID> ids, Map<UUID, Optional<Object>> into) {
        ids.forEach(id -> into.put(id, Optional.empty()));
        jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(table.selectByIds());
                    statement.setArray(1, connection.createArrayOf("uuid", ids.toArray(UUID[]::new)));
                    return statement;
                },
                (ResultSet rs) -> {
                    R row = table.reader().read(rs);
                    into.put(table.id(row), Optional.of(row));
                });
    }

    /** After a delete the database may have cascaded into rows held here: they are read again when needed. */
    private void forgetRows() {
        known.clear();
        prefetched.clear();
    }

    private static int rank(RowTable<?> table) {
        int rank = ReadTables.IN_KEY_ORDER.indexOf(table.name());
        return rank < 0 ? ReadTables.IN_KEY_ORDER.size() : rank;
    }
}
