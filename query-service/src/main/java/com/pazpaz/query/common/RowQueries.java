package com.pazpaz.query.common;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads rows of a read table by id within one workspace, in plain JDBC through the table's own row reader
 * ({@link RowTable}): the hot reads of single records and of a page's rows. The profile of the read path
 * (docs/benchmarks/profile-reads.md) found Hibernate's query building and entity hydration to be the largest
 * part of a read's CPU; these rows are read-only views, so they need neither. The workspace is part of every
 * query, so another workspace's id finds nothing.
 */
@Component
public class RowQueries {

    private final JdbcTemplate jdbc;

    RowQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The row with this id in this workspace, if any. */
    public <R> Optional<R> one(RowTable<R> table, UUID workspaceId, UUID id) {
        List<R> rows = jdbc.query(
                table.selectInWorkspace() + " AND id = ?",
                (rs, n) -> table.reader().read(rs),
                workspaceId,
                id);
        return rows.stream().findFirst();
    }

    /**
     * One page of the workspace's rows that match {@code condition} (SQL over the table's columns with {@code ?}
     * for {@code arguments}, never input), in {@code order}, and how many match in all. The count is a second
     * query only when the page is empty or full; otherwise the page itself tells.
     */
    public <R> Page<R> page(
            RowTable<R> table,
            UUID workspaceId,
            String condition,
            List<Object> arguments,
            String order,
            PageParams page) {
        List<Object> all = new ArrayList<>();
        all.add(workspaceId);
        all.addAll(arguments);
        String where = condition.isBlank() ? "" : " AND " + condition;
        List<Object> paged = new ArrayList<>(all);
        paged.add(page.pageSize());
        paged.add((long) (page.page() - 1) * page.pageSize());
        List<R> rows = jdbc.query(
                table.selectInWorkspace() + where + " ORDER BY " + order + " LIMIT ? OFFSET ?",
                (rs, n) -> table.reader().read(rs),
                paged.toArray());
        long offset = (long) (page.page() - 1) * page.pageSize();
        if (!rows.isEmpty() && rows.size() < page.pageSize()) {
            return new Page<>(rows, offset + rows.size());
        }
        Long total = jdbc.queryForObject(
                "SELECT count(*) FROM " + table.name() + " WHERE workspace_id = ?" + where, Long.class, all.toArray());
        return new Page<>(rows, total == null ? 0 : total);
    }

    /** A page of rows and the number of rows that match in all. */
    public record Page<R>(List<R> rows, long total) {}

    /** The rows with these ids in this workspace, in no particular order; ids of other workspaces find nothing. */
    public <R> List<R> all(RowTable<R> table, UUID workspaceId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                connection -> {
                    PreparedStatement statement =
                            connection.prepareStatement(table.selectInWorkspace() + " AND id = ANY (?)");
                    statement.setObject(1, workspaceId);
                    statement.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
                    return statement;
                },
                (rs, n) -> table.reader().read(rs));
    }

    /** The rows with these ids in this workspace, in the order of {@code ids}; an id found no more is left out. */
    public <R> List<R> inOrder(RowTable<R> table, UUID workspaceId, List<UUID> ids) {
        Map<UUID, R> byId =
                all(table, workspaceId, ids).stream().collect(Collectors.toMap(table::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
