package com.pazpaz.local;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * What {@code pg_dump --schema=…}/{@code --exclude-schema=…} and {@code pg_restore --clean --single-transaction
 * --disable-triggers} do to the rows of some schemas, for a server whose client tools are not installed (the
 * embedded PostgreSQL 17 ships none): every table's rows and every sequence's value, read in one repeatable-read
 * snapshot while the services keep running, written back in one transaction. The tables themselves (their DDL)
 * stay: the restore targets the same schema version, as a restore into the migrated database would.
 */
final class SchemaDump {

    private final Map<String, byte[]> rowsByTable;
    private final Map<String, Long> sequenceValues;

    private SchemaDump(Map<String, byte[]> rowsByTable, Map<String, Long> sequenceValues) {
        this.rowsByTable = rowsByTable;
        this.sequenceValues = sequenceValues;
    }

    /** The key vault only: the runbook's vault backup. */
    static SchemaDump vault(Connection superuser) throws SQLException {
        return take(superuser, "n.nspname = 'key_vault'");
    }

    /** Every schema but the key vault: the runbook's data backup. */
    static SchemaDump dataWithoutVault(Connection superuser) throws SQLException {
        return take(
                superuser,
                "n.nspname <> 'key_vault' AND n.nspname NOT LIKE 'pg\\_%'" + " AND n.nspname <> 'information_schema'");
    }

    boolean holdsTable(String qualifiedName) {
        return rowsByTable.containsKey(qualifiedName);
    }

    private static SchemaDump take(Connection db, String schemaCondition) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            Map<String, byte[]> rows = new LinkedHashMap<>();
            for (String table : names(
                    db,
                    "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
                            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND "
                            + schemaCondition + " ORDER BY 1")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                db.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", out);
                rows.put(table, out.toByteArray());
            }
            Map<String, Long> sequences = new LinkedHashMap<>();
            try (ResultSet rs = statement.executeQuery("SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname),"
                    + " s.last_value FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " JOIN pg_sequences s ON s.schemaname = n.nspname AND s.sequencename = c.relname"
                    + " WHERE c.relkind = 'S' AND " + schemaCondition)) {
                while (rs.next()) {
                    long value = rs.getLong(2);
                    sequences.put(rs.getString(1), rs.wasNull() ? null : value);
                }
            }
            db.commit();
            return new SchemaDump(rows, sequences);
        } catch (java.io.IOException e) {
            throw new SQLException("COPY out failed", e);
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /**
     * Replaces the rows of the dumped tables and the sequences' values with the dump's, in one transaction;
     * triggers (the event store's immutability, the chainer) do not fire, as with {@code --disable-triggers}.
     */
    void restoreInto(Connection superuser) throws SQLException {
        boolean autoCommit = superuser.getAutoCommit();
        superuser.setAutoCommit(false);
        try (Statement statement = superuser.createStatement()) {
            statement.execute("SET LOCAL session_replication_role = replica");
            statement.execute("TRUNCATE " + String.join(", ", rowsByTable.keySet()));
            for (Map.Entry<String, byte[]> table : rowsByTable.entrySet()) {
                superuser
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY " + table.getKey() + " FROM STDIN (FORMAT binary)",
                                new ByteArrayInputStream(table.getValue()));
            }
            for (Map.Entry<String, Long> sequence : sequenceValues.entrySet()) {
                try (PreparedStatement setval = superuser.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
                    setval.setString(1, sequence.getKey());
                    setval.setLong(2, sequence.getValue() == null ? 1 : sequence.getValue());
                    setval.setBoolean(3, sequence.getValue() != null);
                    setval.execute();
                }
            }
            superuser.commit();
        } catch (java.io.IOException e) {
            superuser.rollback();
            throw new SQLException("COPY in failed", e);
        } catch (SQLException e) {
            superuser.rollback();
            throw e;
        } finally {
            superuser.setAutoCommit(autoCommit);
        }
    }

    private static List<String> names(Connection db, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
