package com.pazpaz.query.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * What a single-record read shows beside its row, computed by the same statement ({@link RowQueries#one(RowTable,
 * java.util.UUID, java.util.UUID, Alongside)}): a query over the row, named {@code r}, that gives exactly one result
 * row (an aggregate without GROUP BY does, even over nothing). Each statement of a read is a round trip that costs
 * PostgreSQL's backend more than the statement itself (docs/benchmarks/floor.md, "Reads at 32 readers").
 *
 * @param select    the query, e.g. {@code SELECT count(*) FROM appointments WHERE client_id = r.id}; never input
 * @param arguments its parameters, in the order of its {@code ?}
 * @param reader    its result, from the result-set columns that follow the row's
 */
public record Alongside<A>(String select, List<Object> arguments, Reader<A> reader) {

    public Alongside {
        arguments = List.copyOf(arguments);
    }

    /** Reads the query's columns, the first of them at {@code firstColumn}. */
    @FunctionalInterface
    public interface Reader<A> {
        A read(ResultSet rs, int firstColumn) throws SQLException;
    }

    /** A row and what was read beside it. */
    public record With<R, A>(R row, A alongside) {}
}
