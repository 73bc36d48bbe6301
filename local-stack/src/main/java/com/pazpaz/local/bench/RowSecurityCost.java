package com.pazpaz.local.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * What row-level security costs (issue 13, decisions 286, 287): query-service's reads ({@link RowSecurityReads})
 * in plain JDBC on the stack's PostgreSQL, one read-only transaction per read as a request has, on one connection
 * each: as the tables' owner, a superuser, to which no row policy applies; the same with the statement that
 * {@code TokenWorkspaceTransactions} sends at each transaction's begin; and as query-service's own role, which the
 * policies hold to the workspace that statement names. The rounds alternate between the three, so that a
 * neighbour's load on a shared machine falls on all of them alike. The windows are short and fixed (not
 * {@code --seconds}, 1 s each: the per-process CPU of {@link MachineCpu} keeps them right): the whole section takes
 * about 30 s with 3 rounds.
 */
final class RowSecurityCost {

    /** The statement of query-service's {@code TokenWorkspaceTransactions} (package-private there). */
    static final String SET_WORKSPACE = "SELECT set_config('app.workspace_id', ?, true)";

    private static final Duration WINDOW = Duration.ofSeconds(1);
    private static final Duration WARM_UP = Duration.ofMillis(250);
    private static final Logger log = LoggerFactory.getLogger(RowSecurityCost.class);

    /** How a read is run; the first is what the others are compared with. */
    enum Variant {
        OWNER("(a) owner, no row policy applies"),
        OWNER_NAMING_THE_WORKSPACE("(a′) owner + the setting statement, still no policy"),
        QUERY_SERVICE("(b) query-service's role: setting + policy");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    private final BenchContext bench;
    private final List<RowSecurityReads.Read> reads;

    RowSecurityCost(BenchContext bench, SeededReads seeded) {
        this.bench = bench;
        this.reads = RowSecurityReads.of(seeded);
    }

    void run() throws Exception {
        Environment service = bench.stack.queryService().getEnvironment();
        try (Connection owner = readOnly(bench.stack.jdbcUser(), bench.stack.jdbcPassword());
                Connection queryRole = readOnly(
                        service.getRequiredProperty("spring.datasource.username"),
                        service.getRequiredProperty("spring.datasource.password"))) {
            if (!passesRowPolicies(owner) || passesRowPolicies(queryRole)) {
                log.warn("Row-level security not measured: the owner must pass the row policies, the service not");
                return;
            }
            // the callers run the JDBC client's work themselves, as a request thread of the service would
            MachineCpu.countingTheDriver(() -> {
                for (RowSecurityReads.Read read : reads) {
                    measure(read, owner, queryRole);
                }
                return null;
            });
        }
    }

    private void measure(RowSecurityReads.Read read, Connection owner, Connection queryRole) throws Exception {
        Map<Variant, LoadGenerator.Operation> variants = new EnumMap<>(Variant.class);
        variants.put(Variant.OWNER, transaction(owner, null, read));
        variants.put(Variant.OWNER_NAMING_THE_WORKSPACE, transaction(owner, read.practice(), read));
        variants.put(Variant.QUERY_SERVICE, transaction(queryRole, read.practice(), read));
        Map<Variant, List<LoadResult>> results = new EnumMap<>(Variant.class);
        for (Map.Entry<Variant, LoadGenerator.Operation> variant : variants.entrySet()) {
            LoadGenerator.run(1, WARM_UP, variant.getValue());
            results.put(variant.getKey(), new ArrayList<>());
        }
        for (int round = 0; round < bench.rounds; round++) {
            for (Map.Entry<Variant, LoadGenerator.Operation> variant : variants.entrySet()) {
                results.get(variant.getKey()).add(LoadGenerator.run(1, WINDOW, variant.getValue()));
            }
        }
        bench.report.rowSecurity(read.key(), read.label(), results);
    }

    /** One read in its own transaction; {@code workspace} named first, as at a request's begin, unless null. */
    private static LoadGenerator.Operation transaction(Connection db, UUID workspace, RowSecurityReads.Read read) {
        return caller -> {
            try {
                if (workspace != null) {
                    try (PreparedStatement name = db.prepareStatement(SET_WORKSPACE)) {
                        name.setString(1, workspace.toString());
                        name.execute();
                    }
                }
                boolean found = read.statements().run(db);
                db.commit();
                return found;
            } catch (SQLException e) {
                db.rollback();
                throw e;
            }
        };
    }

    /** A connection whose transactions are read-only and begin with the first statement, as the service's do. */
    private Connection readOnly(String user, String password) throws SQLException {
        Connection db = DriverManager.getConnection(bench.stack.jdbcUrl(), user, password);
        db.setAutoCommit(false);
        db.setReadOnly(true);
        return db;
    }

    private static boolean passesRowPolicies(Connection db) throws SQLException {
        try (PreparedStatement role = db.prepareStatement(
                        "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user");
                ResultSet rs = role.executeQuery()) {
            rs.next();
            boolean passes = rs.getBoolean(1);
            db.commit();
            return passes;
        }
    }
}
