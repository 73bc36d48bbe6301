package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Rebuilding the read model from the events, and re-feeding Kafka from a chosen position. */
class ReplayTest {

    @Test
    void aRebuildReproducesEveryReadTableWhileReadsKeepBeingAnswered() throws Exception {
        Actor owner = StackFixture.newPractice(
                "Replay Practice " + UUID.randomUUID().toString().substring(0, 8));
        Api commands = StackFixture.commands(owner);
        Api.Response last = null;
        for (int i = 0; i < 20; i++) {
            last = commands.post(
                    "/api/v1/clients", Map.of("first_name", "Re" + i, "last_name", "Play", "tags", List.of("t" + i)));
        }
        commands.put("/api/v1/clients/" + last.id(), Map.of("last_name", "Revised"));
        revisedCarePlan(commands, last.id());
        Api.Response archived = commands.delete("/api/v1/clients/" + last.id());
        // an audit-trail read: answered from the read tables, and not itself an event
        Api reader =
                StackFixture.queries(owner).withHeader("X-Consistency-Position", Long.toString(archived.position()));
        assertThat(reader.get("/api/v1/audit-events").status()).isEqualTo(200);
        Map<String, String> before = checksums();

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        Thread reads = new Thread(() -> {
            Api plainReader = StackFixture.queries(owner);
            while (rebuilding.get()) {
                statuses.add(plainReader.get("/api/v1/audit-events?page_size=5").status());
            }
        });
        reads.start();
        Api admin = StackFixture.queries(StackFixture.platformAdmin());
        Api.Response started = admin.post("/api/v1/admin/read-model/rebuild", null);
        assertThat(started.status()).isEqualTo(202);
        JsonNode report = awaitDone(admin);
        rebuilding.set(false);
        reads.join();

        assertThat(report.get("state").asText()).as(report.toString()).isEqualTo("done");
        assertThat(report.get("events_processed").asLong())
                .isGreaterThanOrEqualTo(report.get("events_total").asLong());
        assertThat(report.get("rows_written").get("clients").asLong()).isGreaterThanOrEqualTo(20);
        assertThat(checksums()).isEqualTo(before);
        // filled unlogged for speed, the swapped-in tables and their indexes are written to the WAL like any other
        assertThat(StackFixture.count("pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i') AND c.relpersistence <> 'p'"))
                .isZero();
        assertThat(statuses).isNotEmpty().allMatch(status -> status == 200);
        // the live processor resumed: new writes reach the rebuilt tables
        Api.Response after = commands.post("/api/v1/clients", Map.of("first_name", "After", "last_name", "Rebuild"));
        assertThat(StackFixture.queries(owner)
                        .withHeader("X-Consistency-Position", Long.toString(after.position()))
                        .get("/api/v1/clients/" + after.id())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void kafkaCanBeRefedFromAChosenPosition() throws Exception {
        Actor owner = StackFixture.newPractice(
                "Refeed Practice " + UUID.randomUUID().toString().substring(0, 8));
        Api.Response registered =
                StackFixture.commands(owner).post("/api/v1/clients", Map.of("first_name", "Kaf", "last_name", "Ka"));
        String servers = StackFixture.stack().kafkaBootstrapServers();
        String workspace = owner.workspaceId().toString();
        List<ConsumerRecord<String, String>> once =
                KafkaTopic.awaitEvents(servers, workspace, 2, Duration.ofSeconds(30));
        assertThat(once).hasSize(2);
        Api admin = StackFixture.commands(StackFixture.platformAdmin());
        Api.Response refeed = admin.post("/api/v1/admin/kafka/refeed", Map.of("from_position", registered.position()));
        assertThat(refeed.status()).isEqualTo(202);
        List<ConsumerRecord<String, String>> twice =
                KafkaTopic.awaitEvents(servers, workspace, 3, Duration.ofSeconds(30));
        assertThat(twice.stream()
                        .filter(r -> registered.position() == Long.parseLong(KafkaTopic.header(r, "ce_position"))))
                .hasSize(2);
        assertThat(admin.post("/api/v1/admin/kafka/refeed", Map.of("from_position", 0))
                        .status())
                .isEqualTo(422);
    }

    private static JsonNode awaitDone(Api admin) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode status = admin.get("/api/v1/admin/read-model/rebuild").json();
        while (System.nanoTime() < deadline
                && !List.of("done", "failed").contains(status.get("state").asText())) {
            Thread.sleep(100);
            status = admin.get("/api/v1/admin/read-model/rebuild").json();
        }
        return status;
    }

    /** A plan of care drafted, activated and revised: rows in every care-plan table, some replaced. */
    private static void revisedCarePlan(Api commands, String clientId) {
        String plan = commands.post(
                        "/api/v1/clients/" + clientId + "/care-plans",
                        CarePlansEndToEndTest.plan(
                                "Replayed plan",
                                List.of(CarePlansEndToEndTest.goal(null, "Goal", null, "1", "1")),
                                "2026-04-01"))
                .id();
        Api.Response activated = commands.post("/api/v1/care-plans/" + plan + "/activate", null);
        assertThat(activated.status()).isEqualTo(200);
        assertThat(commands.post(
                                "/api/v1/care-plans/" + plan + "/revise",
                                Map.of(
                                        "plan",
                                        CarePlansEndToEndTest.plan(
                                                "Replayed plan, revised",
                                                List.of(CarePlansEndToEndTest.goal(
                                                        null, "New goal", "active", "2", "3")),
                                                "2026-05-01"),
                                        "reason",
                                        "Replay"))
                        .status())
                .isEqualTo(200);
    }

    /** md5 over every row of every read table, in a stable order. */
    private static Map<String, String> checksums() throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection db = StackFixture.database()) {
            List<String> tables = new ArrayList<>();
            ResultSet rs = db.createStatement()
                    .executeQuery("SELECT table_name FROM information_schema.tables"
                            + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                            + " AND table_name <> 'flyway_schema_history'"
                            // holds the ids of the transactions that last changed each practice's clients: new ones
                            // after
                            // a rebuild by design (decision 89), not part of the read model's content
                            + " AND table_name <> 'client_list_stamps'");
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            for (String table : tables) {
                ResultSet sum = db.createStatement()
                        .executeQuery("SELECT md5(coalesce(string_agg(t::text, '|'"
                                + " ORDER BY t::text), '')), count(*) FROM public." + table + " t");
                sum.next();
                sums.put(table, sum.getString(1) + "/" + sum.getLong(2));
            }
        }
        assertThat(sums)
                .containsKeys(
                        "clients",
                        "search_tokens",
                        "workspaces",
                        "users",
                        "audit_events",
                        "care_plans",
                        "care_plan_goals",
                        "care_plan_interventions",
                        "care_plan_revisions");
        return sums;
    }
}
