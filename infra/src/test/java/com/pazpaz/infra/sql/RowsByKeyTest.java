package com.pazpaz.infra.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.embedded.TestInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Decision 302 against a real PostgreSQL: a read of rows by key whose plan was made while its table was empty and
 * never analysed (a new installation, an import, a benchmark stack) still finds each row through the index once
 * the table has grown, where {@code = ANY (?)} planned alike reads the table whole.
 */
class RowsByKeyTest {

    private static final String COLUMNS = "id, label";

    private String url;
    private Connection session;
    private final List<UUID> stored = new ArrayList<>();

    @BeforeEach
    void emptyTablePlannedOnce() throws SQLException {
        url = TestInfrastructure.freshDatabase();
        session = connect();
        try (var ddl = session.createStatement()) {
            // rows as wide as the event store's or a read model's: an empty table's estimate then favours a scan
            ddl.execute("CREATE TABLE keyed (id uuid PRIMARY KEY, label text NOT NULL, kind varchar(255),"
                    + " stamp varchar(255), source varchar(255), payload text) WITH (autovacuum_enabled = false)");
            // what a service's pooled connection ends with: each statement prepared on the server, its plan kept
            ddl.execute("SET plan_cache_mode = force_generic_plan");
        }
        session.unwrap(PGConnection.class).setPrepareThreshold(1);
    }

    @AfterEach
    void close() throws SQLException {
        session.close();
    }

    @Test
    void aReadPlannedOnTheEmptyTableLooksEachKeyUpOnceTheTableHasGrown() throws SQLException {
        String byKey = RowsByKey.select(COLUMNS, "", "keyed", "id", "uuid");
        readWhileTheTableGrows(byKey);

        session.setAutoCommit(false); // no statistics are published inside a transaction: the counter is exact
        long before = wholeReadsOfTheTable();
        UUID missing = UUID.randomUUID();
        List<String> labels = read(byKey, List.of(stored.get(7), stored.get(7), stored.get(4_000), missing));

        assertThat(labels).containsExactlyInAnyOrder("row 7", "row 4000");
        assertThat(wholeReadsOfTheTable() - before).isZero();
        session.commit();
    }

    @Test
    void theObviousArrayConditionPlannedAlikeReadsTheWholeTable() throws SQLException {
        String obvious = "SELECT " + COLUMNS + " FROM keyed WHERE id = ANY (?)";
        readWhileTheTableGrows(obvious);

        session.setAutoCommit(false);
        long before = wholeReadsOfTheTable();
        read(obvious, List.of(stored.get(7)));

        assertThat(wholeReadsOfTheTable() - before)
                .as("the kept plan of the empty table: why RowsByKey exists")
                .isEqualTo(1);
        session.commit();
    }

    @Test
    void aReadForShareHoldsTheRowsItFoundUntilItsTransactionEnds() throws SQLException {
        fill(10);
        session.setAutoCommit(false);
        read(RowsByKey.selectForShare(COLUMNS, "keyed", "id", "uuid"), List.of(stored.get(3)));

        try (Connection writer = connect();
                var update = writer.createStatement()) {
            update.execute("SET lock_timeout = '200ms'");
            assertThatThrownBy(() -> update.executeUpdate(
                            "UPDATE keyed SET label = 'changed' WHERE id = '" + stored.get(3) + "'"))
                    .hasMessageContaining("lock timeout");
            assertThat(update.executeUpdate("UPDATE keyed SET label = 'changed' WHERE id = '" + stored.get(4) + "'"))
                    .as("a row not read is not held")
                    .isEqualTo(1);
            session.commit();
        }
        session.commit();
    }

    /**
     * Read as a service reads while the table fills from empty, as on a new installation: the plan is made at the
     * first reads and kept (autovacuum, which would analyse the table and so have it planned again, is off here).
     */
    private void readWhileTheTableGrows(String sql) throws SQLException {
        for (int i = 0; i < 3; i++) {
            read(sql, List.of(UUID.randomUUID()));
        }
        for (int filled = 0; filled < 5_000; filled += 250) {
            fill(250);
            read(sql, List.of(stored.get(filled)));
        }
    }

    private List<String> read(String sql, List<UUID> keys) throws SQLException {
        List<String> labels = new ArrayList<>();
        try (var statement = session.prepareStatement(sql)) {
            statement.setArray(1, session.createArrayOf("uuid", keys.toArray()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    labels.add(rows.getString("label"));
                }
            }
        }
        return labels;
    }

    private void fill(int rows) throws SQLException {
        try (Connection writer = connect();
                var insert = writer.prepareStatement("INSERT INTO keyed (id, label) VALUES (?, ?)")) {
            for (int i = 0; i < rows; i++) {
                UUID id = UUID.randomUUID();
                stored.add(id);
                insert.setObject(1, id);
                insert.setString(2, "row " + (stored.size() - 1));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Sequential scans of the table by this session that the statistics have not published yet (a counter). */
    private long wholeReadsOfTheTable() throws SQLException {
        try (var scans = session.createStatement()
                .executeQuery("SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relname = 'keyed'")) {
            scans.next();
            return scans.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        var postgres = TestInfrastructure.postgres();
        return DriverManager.getConnection(url, postgres.username(), postgres.password());
    }
}
