package com.pazpaz.local;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every value of every column of every table of the stack's database, for scans that must miss nothing. */
final class AllTables {

    private AllTables() {}

    /** Receives one stored value; bytea arrives as bytes, everything else as its text. */
    interface ValueVisitor {
        void visit(String table, String column, Object value) throws SQLException;
    }

    static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        ResultSet rs = statement.executeQuery("""
                SELECT table_schema || '.' || table_name FROM information_schema.tables
                 WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""");
        while (rs.next()) {
            tables.add(rs.getString(1));
        }
        return tables;
    }

    static void forEachValue(Connection db, ValueVisitor visitor) throws SQLException {
        try (Statement statement = db.createStatement()) {
            for (String table : tables(statement)) {
                ResultSet rows = statement.executeQuery("SELECT * FROM " + table);
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        Object value = rows.getObject(c);
                        if (value != null) {
                            visitor.visit(
                                    table,
                                    rows.getMetaData().getColumnName(c),
                                    value instanceof byte[] ? value : rows.getString(c));
                        }
                    }
                }
            }
        }
    }
}
