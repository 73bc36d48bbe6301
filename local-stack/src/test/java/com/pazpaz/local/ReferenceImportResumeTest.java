package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.importer.ImportReport;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An import cut short (docs/import.md, "Resumable"): the reference database goes away in the middle of the session
 * notes, after the first one was imported; the run fails. A second run imports the rest, and the practice ends up with
 * exactly the events, rows and files of a practice imported in one go: nothing twice, nothing missing.
 */
class ReferenceImportResumeTest {

    /**
     * Calls of {@code ResultSet.next()} before the cut: past the practice, its clients and appointments, into the
     * session notes (some of which are then imported, some not).
     */
    private static final int ROWS_BEFORE_THE_CUT = 21;

    private static ReferencePractice interrupted;
    private static ReferencePractice inOneGo;
    private static ImportReport resumed;

    @BeforeAll
    static void importOnePracticeInTwoRunsAndOneInOne() throws Exception {
        interrupted = ReferencePractice.create();
        assertThatThrownBy(() -> interrupted
                        .importer(cutAfter(interrupted.reference.dataSource(), ROWS_BEFORE_THE_CUT))
                        .run())
                .hasMessageContaining("reference connection lost");
        resumed = interrupted.importer().run();
        inOneGo = ReferencePractice.create();
        inOneGo.importer().run();
    }

    @AfterAll
    static void removeTheBucketCopies() throws Exception {
        interrupted.deleteBucket();
        inOneGo.deleteBucket();
    }

    @Test
    void theSecondRunImportsWhatTheFirstDidNotAndReportsTheRest() {
        assertThat(resumed.alreadyImported())
                .containsEntry("workspaces", 1L)
                .containsEntry("clients", 2L)
                .containsEntry("appointments", 2L)
                .doesNotContainKeys("session_attachments", "audit_events");
        assertThat(resumed.alreadyImported().get("sessions"))
                .as("notes imported before the cut")
                .isPositive();
        assertThat(resumed.imported().get("sessions"))
                .as("notes imported after it")
                .isPositive();
        assertThat(resumed.imported())
                .containsEntry("session_attachments", 3L)
                .containsEntry("audit_events", 3L)
                .doesNotContainKeys("workspaces", "clients", "appointments");
        Map<String, Long> total = new HashMap<>(resumed.alreadyImported());
        resumed.imported().forEach((table, rows) -> total.merge(table, rows, Long::sum));
        assertThat(total).containsExactlyInAnyOrderEntriesOf(ReferencePractice.IMPORTED_ROWS);
        // the overlapping visit is refused again (it never imports), the files over quota or lost are reported
        assertThat(resumed.skipped())
                .extracting(ImportReport.Skipped::referenceId)
                .containsExactlyInAnyOrder(
                        interrupted.overlappingVisit, interrupted.overQuotaScan, interrupted.lostObject);
    }

    @Test
    void theEventStoreHoldsEachImportedFactOnce() throws Exception {
        assertThat(importedEventTypes(interrupted)).isEqualTo(importedEventTypes(inOneGo));
        assertThat(StackFixture.count("event_store.domain_event_entry WHERE meta_data LIKE '%" + interrupted.amendedNote
                        + "%' AND payload_type LIKE '%SessionAmendedEvent'"))
                .isEqualTo(2);
    }

    @Test
    void theApiShowsTheSameRecordsAsAPracticeImportedInOneGo() throws Exception {
        for (String table : List.of("users", "clients", "appointments", "sessions", "session_attachments")) {
            assertThat(StackFixture.count(table + " WHERE workspace_id = '" + interrupted.workspace + "'"))
                    .as(table)
                    .isEqualTo(StackFixture.count(table + " WHERE workspace_id = '" + inOneGo.workspace + "'"));
        }
        Api reads = interrupted.ownerReads();
        assertThat(reads.get("/api/v1/sessions/" + interrupted.amendedNote + "/versions")
                        .json()
                        .size())
                .isEqualTo(3);
        assertThat(reads.get("/api/v1/clients/" + interrupted.dana + "/attachments")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(2);
        assertThat(reads.get("/api/v1/sessions?client_id=" + interrupted.yossi)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
    }

    /** How many events of each type the import appended for the practice (the tests' own reads left out). */
    private static Map<String, Long> importedEventTypes(ReferencePractice practice) throws SQLException {
        Map<String, Long> types = new HashMap<>();
        try (Connection db = StackFixture.database();
                Statement statement = db.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT payload_type, count(*) FROM event_store.domain_event_entry"
                                + " WHERE meta_data LIKE '%" + practice.workspace + "%'"
                                + " AND meta_data LIKE '%\"importedFrom\":\"reference\"%' GROUP BY payload_type")) {
            while (rows.next()) {
                types.put(rows.getString(1), rows.getLong(2));
            }
        }
        return types;
    }

    /** The reference as seen through a connection that breaks after {@code rows} rows were read from it. */
    private static DataSource cutAfter(DataSource reference, int rows) {
        AtomicInteger read = new AtomicInteger();
        return wrap(DataSource.class, reference, read, rows);
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Class<T> type, T target, AtomicInteger read, int limit) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (target instanceof ResultSet && method.getName().equals("next") && read.incrementAndGet() > limit) {
                throw new SQLException("reference connection lost");
            }
            Object result;
            try {
                result = method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            for (Class<?> wrapped :
                    List.of(Connection.class, java.sql.PreparedStatement.class, Statement.class, ResultSet.class)) {
                if (result != null && method.getReturnType() == wrapped) {
                    return wrap((Class<Object>) wrapped, result, read, limit);
                }
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(
                ReferenceImportResumeTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
