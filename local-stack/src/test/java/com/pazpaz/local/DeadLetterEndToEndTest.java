package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One practice's failing event parks that practice alone (issue 13, decisions 118, 119, 143): the other practices
 * keep projecting, the failed practice's later events wait behind it in order, a read-your-writes query of the
 * paused practice is a 503 at once, and an administrator's retry or skip (recorded in the audit trail) resumes it.
 * The failure is made in the test: a trigger that refuses the practice's {@code services} rows, which the
 * projector writes at its batch's commit.
 */
class DeadLetterEndToEndTest {

    private static final String LETTERS = "/api/v1/admin/dead-letters";

    @Test
    void aFailingEventParksItsPracticeAloneUntilRetried() throws Exception {
        Actor parked = StackFixture.newPractice("Parked Practice " + UUID.randomUUID());
        Actor flowing = StackFixture.newPractice("Flowing Practice " + UUID.randomUUID());
        Api admin = StackFixture.queries(StackFixture.platformAdmin());
        try {
            poison(parked);
            Api.Response failing = StackFixture.commands(parked)
                    .post("/api/v1/services", Map.of("name", "Massage", "default_duration_minutes", 60));
            assertThat(failing.status()).as(failing.toString()).isEqualTo(201);
            Api.Response behind = StackFixture.commands(parked)
                    .post("/api/v1/locations", Map.of("name", "Online room", "location_type", "online"));
            assertThat(behind.status()).as(behind.toString()).isEqualTo(201);

            Api.Response other = StackFixture.commands(flowing)
                    .post("/api/v1/services", Map.of("name", "Shiatsu", "default_duration_minutes", 30));
            assertThat(readAt(flowing, other)
                            .get("/api/v1/services/" + other.id())
                            .status())
                    .as("another practice's events still project")
                    .isEqualTo(200);

            List<JsonNode> letters = awaitLetters(admin, parked, 2);
            assertThat(letters)
                    .extracting(l -> l.get("position").asLong())
                    .containsExactly(failing.position(), behind.position());
            assertThat(letters.get(0).get("event_type").asText()).isEqualTo("ServiceCreatedEvent");
            assertThat(letters.get(0).get("failure").asText())
                    .contains("SQL state P0001")
                    .doesNotContain("poisoned");
            assertThat(letters.get(1).get("failure").isNull())
                    .as("parked behind, not failed itself")
                    .isTrue();

            Api.Response paused = readAt(parked, behind).get("/api/v1/locations/" + behind.id());
            assertThat(paused.status()).as(paused.toString()).isEqualTo(503);
            assertThat(paused.json().get("detail").asText()).contains("paused at a failed event");
            assertThat(StackFixture.queries(parked)
                            .get("/api/v1/locations/" + behind.id())
                            .status())
                    .isEqualTo(404);

            assertThat(StackFixture.queries(flowing)
                            .get(LETTERS + "/" + parked.workspaceId().value())
                            .status())
                    .as("another practice's letters are not found")
                    .isEqualTo(404);
            assertThat(StackFixture.queries(flowing)
                            .post(LETTERS + "/" + parked.workspaceId().value() + "/retry", Map.of())
                            .status())
                    .isEqualTo(404);
            assertThat(StackFixture.queries(flowing).get(LETTERS).json().get("items"))
                    .isEmpty();
            assertThat(StackFixture.queries(parked).get(LETTERS).json().get("items"))
                    .hasSize(2);
            assertThat(metric()).as("the dead-letter gauge").isGreaterThanOrEqualTo(2);

            Api.Response stillFailing = StackFixture.queries(parked)
                    .post(LETTERS + "/" + parked.workspaceId().value() + "/retry", Map.of());
            assertThat(stillFailing.status()).as(stillFailing.toString()).isEqualTo(409);
            assertThat(awaitLetters(admin, parked, 2).get(0).get("retries").asInt())
                    .isEqualTo(1);

            cure(parked);
            Api.Response retried = StackFixture.queries(parked)
                    .post(LETTERS + "/" + parked.workspaceId().value() + "/retry", Map.of());
            assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
            assertThat(retried.json().get("applied").asInt()).isEqualTo(2);
            assertThat(retried.json().get("remaining")).isEmpty();
            assertThat(readAt(parked, behind)
                            .get("/api/v1/locations/" + behind.id())
                            .status())
                    .isEqualTo(200);
            assertThat(readAt(parked, behind)
                            .get("/api/v1/services/" + failing.id())
                            .status())
                    .isEqualTo(200);

            Api.Response later = StackFixture.commands(parked)
                    .post("/api/v1/services", Map.of("name", "Reflexology", "default_duration_minutes", 45));
            assertThat(readAt(parked, later)
                            .get("/api/v1/services/" + later.id())
                            .status())
                    .as("the practice projects normally again")
                    .isEqualTo(200);
            assertThat(StackFixture.count("read_model_dead_letters WHERE workspace_id = '"
                            + parked.workspaceId().value() + "'"))
                    .isZero();
        } finally {
            cure(parked);
        }
    }

    @Test
    void skippingDropsTheFailedEventForGoodAndRecordsWhy() throws Exception {
        Actor parked = StackFixture.newPractice("Skipping Practice " + UUID.randomUUID());
        Actor admin = StackFixture.platformAdmin();
        String skip = LETTERS + "/" + parked.workspaceId().value() + "/skip";
        try {
            poison(parked);
            Api.Response failing = StackFixture.commands(parked)
                    .post("/api/v1/services", Map.of("name", "Massage", "default_duration_minutes", 60));
            awaitLetters(StackFixture.queries(admin), parked, 1);
            cure(parked);

            Map<String, Object> request =
                    Map.of("position", failing.position(), "reason", "projector-defect", "ticket", "INC-4711");
            assertThat(StackFixture.queries(parked).post(skip, request).status())
                    .as("only a platform administrator skips")
                    .isEqualTo(403);
            assertThat(StackFixture.queries(admin)
                            .post(skip, Map.of("position", failing.position(), "reason", "the client asked"))
                            .status())
                    .as("a reason is a code, never free text")
                    .isEqualTo(422);
            assertThat(StackFixture.queries(admin)
                            .post(skip, Map.of("position", failing.position() + 1, "reason", "other"))
                            .status())
                    .as("only the first letter")
                    .isEqualTo(409);

            Api.Response skipped = StackFixture.queries(admin).post(skip, request);
            assertThat(skipped.status()).as(skipped.toString()).isEqualTo(200);
            assertThat(skipped.json().get("remaining")).isEmpty();

            Api.Response later = StackFixture.commands(parked)
                    .post("/api/v1/services", Map.of("name", "Reflexology", "default_duration_minutes", 45));
            assertThat(readAt(parked, later)
                            .get("/api/v1/services/" + later.id())
                            .status())
                    .isEqualTo(200);
            assertThat(StackFixture.queries(parked)
                            .get("/api/v1/services/" + failing.id())
                            .status())
                    .as("the skipped event is never applied")
                    .isEqualTo(404);

            JsonNode row = skipRecord(parked);
            assertThat(row.get("metadata").get("reason").asText()).isEqualTo("projector-defect");
            assertThat(row.get("metadata").get("ticket").asText()).isEqualTo("INC-4711");
            assertThat(row.get("metadata").get("skipped_position").asLong()).isEqualTo(failing.position());
            assertThat(row.get("metadata").get("actor_user_id").asText())
                    .isEqualTo(admin.userId().toString());
        } finally {
            cure(parked);
        }
    }

    private static Api readAt(Actor actor, Api.Response write) {
        return StackFixture.queries(actor).withHeader("X-Consistency-Position", Long.toString(write.position()));
    }

    /** The practice's letters once there are {@code count} of them. */
    private static List<JsonNode> awaitLetters(Api admin, Actor practice, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<JsonNode> letters = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            letters.clear();
            admin.get(LETTERS + "/" + practice.workspaceId().value())
                    .json()
                    .get("items")
                    .forEach(letters::add);
            if (letters.size() >= count) {
                return letters;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + count + " letters in 20 s, got " + letters);
    }

    private static JsonNode skipRecord(Actor owner) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode row : StackFixture.queries(owner)
                    .get("/api/v1/audit-events?resource_type=Workspace")
                    .json()
                    .get("items")) {
                if ("DeadLetterSkipped".equals(row.get("metadata").path("event").asText())) {
                    return row;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no audit row for the skip in 15 s");
    }

    private static double metric() {
        String exposition = new Api(StackFixture.stack().queryBaseUrl(), null)
                .get("/actuator/prometheus")
                .body();
        return exposition
                .lines()
                .filter(line -> line.startsWith("pazpaz_read_model_dead_letters{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(-1);
    }

    /** Makes the projector fail on the practice's services rows: a trigger, as a broken projector would. */
    private static void poison(Actor practice) throws SQLException, InterruptedException {
        awaitOwnerProjected(practice);
        try (Connection db = StackFixture.database();
                Statement sql = db.createStatement()) {
            sql.execute("CREATE OR REPLACE FUNCTION public.dead_letter_test_refusal() RETURNS trigger "
                    + "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'poisoned by DeadLetterEndToEndTest'; END $$");
            sql.execute("CREATE TRIGGER " + trigger(practice) + " BEFORE INSERT OR UPDATE ON public.services "
                    + "FOR EACH ROW WHEN (NEW.workspace_id = '"
                    + practice.workspaceId().value() + "') "
                    + "EXECUTE FUNCTION public.dead_letter_test_refusal()");
        }
    }

    /**
     * Only the events the test sends after the poison may fail: a practice's creation not projected yet would be
     * parked too, its owner with it, and query-service would then not know the owner's token (401).
     */
    private static void awaitOwnerProjected(Actor practice) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String owner = "users WHERE id = '" + practice.userId().value() + "'";
        while (StackFixture.count(owner) == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the practice's owner was not projected within 20 s");
            }
            Thread.sleep(20);
        }
    }

    private static void cure(Actor practice) throws SQLException {
        try (Connection db = StackFixture.database();
                Statement sql = db.createStatement()) {
            sql.execute("DROP TRIGGER IF EXISTS " + trigger(practice) + " ON public.services");
        }
    }

    private static String trigger(Actor practice) {
        return "dead_letter_test_" + practice.workspaceId().value().toString().replace("-", "");
    }
}
