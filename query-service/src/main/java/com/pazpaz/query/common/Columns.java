package com.pazpaz.query.common;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Reading the read tables' column types back from JDBC, for the row readers of {@link RowTable}. */
public final class Columns {

    private Columns() {}

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    public static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** An int column that may be null. */
    public static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static String[] texts(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? null : (String[]) array.getArray();
    }
}
