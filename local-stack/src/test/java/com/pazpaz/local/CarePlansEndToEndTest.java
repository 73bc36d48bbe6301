package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plans of care through both services over HTTP, on the real PostgreSQL and Kafka of the local stack: the
 * lifecycle with recorded revisions, history and as_of from the events, the review dashboard, isolation,
 * validation, erasure with the client, and no plaintext anywhere.
 */
class CarePlansEndToEndTest {

    private static Actor owner;
    private static Actor assistant;
    private static Api ownerCommands;
    private static String clientId;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice(
                "Care Practice " + UUID.randomUUID().toString().substring(0, 8));
        assistant = StackFixture.addAssistant(owner);
        ownerCommands = StackFixture.commands(owner);
        clientId = ownerCommands
                .post("/api/v1/clients", Map.of("first_name", "Dana", "last_name", "Levi"))
                .id();
    }

    @Test
    void aPlanIsDraftedActivatedRevisedWithAReasonAndClosedAndItsHistoryKeepsEveryVersion() {
        Api.Response created = ownerCommands.post(
                "/api/v1/clients/" + clientId + "/care-plans",
                plan(
                        "Chronic low back pain",
                        List.of(goal(null, "Walk 30 minutes", "active", "10 minutes", "10 minutes")),
                        "2026-03-01"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.id();
        assertThat(created.header("Location")).endsWith("/api/v1/care-plans/" + id);
        JsonNode draft = read(created, "/api/v1/care-plans/" + id).json();
        assertThat(draft.get("status").asText()).isEqualTo("draft");
        assertThat(draft.get("problem_statement").asText()).isEqualTo("Chronic low back pain");
        assertThat(draft.get("diagnosis").asText()).isEqualTo("M54.5");
        assertThat(draft.get("review_date").asText()).isEqualTo("2026-03-01");
        assertThat(draft.get("goals")).hasSize(1);
        assertThat(draft.get("interventions").get(0).get("frequency").asText()).isEqualTo("weekly");
        assertThat(draft.get("erased").asBoolean()).isFalse();
        String goalId = draft.get("goals").get(0).get("id").asText();

        Api.Response saved = ownerCommands.put(
                "/api/v1/care-plans/" + id,
                plan(
                        "Chronic low back pain, 2 years",
                        List.of(
                                goal(goalId, "Walk 30 minutes", "active", "10 minutes", "12 minutes"),
                                goal(null, "Sleep through the night", "active", null, null)),
                        "2026-03-01"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Api.Response activated = ownerCommands.post("/api/v1/care-plans/" + id + "/activate", null);
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        JsonNode active = read(activated, "/api/v1/care-plans/" + id).json();
        assertThat(active.get("status").asText()).isEqualTo("active");
        assertThat(active.get("goals").get(0).get("id").asText()).isEqualTo(goalId);
        assertThat(active.get("goals").get(0).get("current_measure").asText()).isEqualTo("12 minutes");
        assertThat(active.get("version").asInt()).isEqualTo(3);

        Api.Response putOnActive = ownerCommands.put("/api/v1/care-plans/" + id, plan("sneaky", List.of(), null));
        assertThat(putOnActive.status()).as(putOnActive.toString()).isEqualTo(409);
        Api.Response revised = StackFixture.commands(assistant)
                .post(
                        "/api/v1/care-plans/" + id + "/revise",
                        Map.of(
                                "plan",
                                plan(
                                        "Chronic low back pain, 2 years",
                                        List.of(goal(goalId, "Walk 30 minutes", "met", "10 minutes", "30 minutes")),
                                        "2026-06-01"),
                                "reason",
                                "Walking goal reached at the 6-week review"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        JsonNode afterRevision = read(revised, "/api/v1/care-plans/" + id).json();
        assertThat(afterRevision.get("revision_count").asInt()).isEqualTo(1);
        assertThat(afterRevision.get("goals")).hasSize(1);
        assertThat(afterRevision.get("goals").get(0).get("status").asText()).isEqualTo("met");
        assertThat(afterRevision.get("review_date").asText()).isEqualTo("2026-06-01");
        JsonNode revisions =
                read(revised, "/api/v1/care-plans/" + id + "/revisions").json();
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).get("reason").asText()).isEqualTo("Walking goal reached at the 6-week review");
        assertThat(revisions.get(0).get("revised_by_user_id").asText())
                .isEqualTo(assistant.userId().toString());

        Api.Response closed = ownerCommands.post(
                "/api/v1/care-plans/" + id + "/close",
                Map.of("status", "completed", "reason", "Discharged, goals met"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        JsonNode done = read(closed, "/api/v1/care-plans/" + id).json();
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("close_reason").asText()).isEqualTo("Discharged, goals met");
        assertThat(done.get("closed_at").isNull()).isFalse();
        assertThat(ownerCommands
                        .post(
                                "/api/v1/care-plans/" + id + "/revise",
                                Map.of(
                                        "plan",
                                        plan("x", List.of(goal(null, "y", null, null, null)), null),
                                        "reason",
                                        "late"))
                        .status())
                .isEqualTo(409);

        JsonNode history = read(closed, "/api/v1/care-plans/" + id + "/history").json();
        assertThat(history.get("events").findValuesAsText("event"))
                .containsExactly(
                        "CarePlanCreated",
                        "CarePlanDraftSaved",
                        "CarePlanActivated",
                        "CarePlanRevised",
                        "CarePlanClosed");
        JsonNode revisionEntry = history.get("events").get(3);
        assertThat(revisionEntry.get("actor_user_id").asText())
                .isEqualTo(assistant.userId().toString());
        assertThat(revisionEntry.get("reason").asText()).isEqualTo("Walking goal reached at the 6-week review");
        assertThat(revisionEntry
                        .get("content")
                        .get("goals")
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("met");
        assertThat(history.get("events")
                        .get(0)
                        .get("content")
                        .get("problem_statement")
                        .asText())
                .isEqualTo("Chronic low back pain");

        Instant beforeRevision =
                Instant.parse(revisionEntry.get("recorded_at").asText()).minusNanos(1000);
        JsonNode asOf = read(closed, "/api/v1/care-plans/" + id + "?as_of=" + beforeRevision)
                .json();
        assertThat(asOf.get("status").asText()).isEqualTo("active");
        assertThat(asOf.get("goals")).hasSize(2);
        assertThat(asOf.get("goals").get(0).get("current_measure").asText()).isEqualTo("12 minutes");
        assertThat(read(closed, "/api/v1/care-plans/" + id + "?as_of=2000-01-01T00:00:00Z")
                        .status())
                .isEqualTo(404);

        JsonNode ofClient =
                read(closed, "/api/v1/clients/" + clientId + "/care-plans").json();
        assertThat(ofClient.findValuesAsText("id")).contains(id);
    }

    @Test
    void aNotesGoalProgressAppearsInTheGoalsProgressHistoryAndLeavesWithThePurgedNote() {
        String plan = activePlan(ownerCommands, clientId, "2026-08-01");
        Api.Response planRead = read(
                ownerCommands.post("/api/v1/care-plans/" + plan + "/activate", null), "/api/v1/care-plans/" + plan);
        String goalId = planRead.json().get("goals").get(0).get("id").asText();
        String note = ownerCommands
                .post(
                        "/api/v1/sessions",
                        Map.of(
                                "client_id",
                                clientId,
                                "session_date",
                                "2026-01-05T10:00:00Z",
                                "subjective",
                                "Walked twice this week"))
                .id();
        Api.Response recorded = ownerCommands.post(
                "/api/v1/sessions/" + note + "/goal-progress",
                Map.of(
                        "care_plan_id",
                        plan,
                        "goal_id",
                        goalId,
                        "note",
                        "Walks 15 minutes without pain",
                        "measure",
                        "15 min"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        JsonNode progress = read(recorded, "/api/v1/care-plans/" + plan + "/goals/" + goalId + "/progress")
                .json();
        assertThat(progress).hasSize(1);
        assertThat(progress.get(0).get("note").asText()).isEqualTo("Walks 15 minutes without pain");
        assertThat(progress.get(0).get("measure").asText()).isEqualTo("15 min");
        assertThat(progress.get(0).get("session_id").asText()).isEqualTo(note);
        assertThat(progress.get(0).get("recorded_by_user_id").asText())
                .isEqualTo(owner.userId().toString());
        JsonNode noteHistory =
                read(recorded, "/api/v1/sessions/" + note + "/history").json();
        assertThat(noteHistory.get("events").findValuesAsText("event")).contains("SessionGoalProgressRecorded");

        String otherClient = ownerCommands
                .post("/api/v1/clients", Map.of("first_name", "O", "last_name", "C"))
                .id();
        String otherNote = ownerCommands
                .post("/api/v1/sessions", Map.of("client_id", otherClient, "session_date", "2026-01-05T10:00:00Z"))
                .id();
        assertThat(ownerCommands
                        .post(
                                "/api/v1/sessions/" + otherNote + "/goal-progress",
                                Map.of("care_plan_id", plan, "goal_id", goalId, "note", "not this client's goal"))
                        .status())
                .isEqualTo(422);
        assertThat(ownerCommands
                        .post(
                                "/api/v1/sessions/" + note + "/goal-progress",
                                Map.of("care_plan_id", plan, "goal_id", UUID.randomUUID(), "note", "no such goal"))
                        .status())
                .isEqualTo(422);
        Actor stranger = StackFixture.newPractice(
                "Progress Stranger " + UUID.randomUUID().toString().substring(0, 8));
        assertThat(StackFixture.commands(stranger)
                        .post(
                                "/api/v1/sessions/" + note + "/goal-progress",
                                Map.of("care_plan_id", plan, "goal_id", goalId, "note", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(StackFixture.queries(stranger)
                        .get("/api/v1/care-plans/" + plan + "/goals/" + goalId + "/progress")
                        .status())
                .isEqualTo(404);

        ownerCommands.post("/api/v1/sessions/" + note + "/finalize", null);
        assertThat(ownerCommands
                        .post(
                                "/api/v1/sessions/" + note + "/goal-progress",
                                Map.of("care_plan_id", plan, "goal_id", goalId, "note", "after finalize"))
                        .status())
                .isEqualTo(409);
        ownerCommands.send("DELETE", "/api/v1/sessions/" + note, null);
        Api.Response purged = ownerCommands.send("DELETE", "/api/v1/sessions/" + note + "/permanent", null);
        assertThat(purged.status()).as(purged.toString()).isEqualTo(200);
        assertThat(read(purged, "/api/v1/care-plans/" + plan + "/goals/" + goalId + "/progress")
                        .json())
                .isEmpty();
    }

    @Test
    void plansDueForReviewAreTheActiveOnesWhoseReviewDateHasCome() {
        Actor practice = StackFixture.newPractice(
                "Review Practice " + UUID.randomUUID().toString().substring(0, 8));
        Api commands = StackFixture.commands(practice);
        String client = commands.post("/api/v1/clients", Map.of("first_name", "Rami", "last_name", "Cohen"))
                .id();
        String due = activePlan(commands, client, "2026-01-10");
        String later = activePlan(commands, client, "2026-09-10");
        Api.Response draft = commands.post(
                "/api/v1/clients/" + client + "/care-plans",
                plan("Draft only", List.of(goal(null, "g", null, null, null)), "2026-01-01"));
        JsonNode page = StackFixture.queries(practice)
                .withHeader("X-Consistency-Position", Long.toString(draft.position()))
                .get("/api/v1/care-plans/due-for-review?on_or_before=2026-02-01")
                .json();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(due);
        assertThat(page.get("items").get(0).get("review_date").asText()).isEqualTo("2026-01-10");
        JsonNode all = StackFixture.queries(practice)
                .get("/api/v1/care-plans/due-for-review?on_or_before=2026-12-31")
                .json();
        assertThat(all.get("items").findValuesAsText("id")).containsExactly(due, later);
        assertThat(StackFixture.queries(practice)
                        .get("/api/v1/care-plans/due-for-review?on_or_before=soon")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void anotherPracticesPlanIsNotFoundEverywhere() {
        Api.Response created = ownerCommands.post(
                "/api/v1/clients/" + clientId + "/care-plans",
                plan("Private", List.of(goal(null, "Private goal", null, null, null)), null));
        String id = created.id();
        read(created, "/api/v1/care-plans/" + id);
        Actor stranger = StackFixture.newPractice(
                "Stranger " + UUID.randomUUID().toString().substring(0, 8));
        Api theirCommands = StackFixture.commands(stranger);
        Api theirQueries = StackFixture.queries(stranger);
        for (String path : List.of(
                "/api/v1/care-plans/" + id,
                "/api/v1/care-plans/" + id + "/history",
                "/api/v1/care-plans/" + id + "/revisions",
                "/api/v1/clients/" + clientId + "/care-plans",
                "/api/v1/care-plans/" + id + "?as_of=2030-01-01T00:00:00Z")) {
            assertThat(theirQueries.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(theirCommands
                        .put("/api/v1/care-plans/" + id, plan("x", List.of(), null))
                        .status())
                .isEqualTo(404);
        assertThat(theirCommands
                        .post("/api/v1/care-plans/" + id + "/activate", null)
                        .status())
                .isEqualTo(404);
        assertThat(theirCommands
                        .post("/api/v1/care-plans/" + id + "/close", Map.of("status", "discontinued", "reason", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(theirCommands
                        .post("/api/v1/clients/" + clientId + "/care-plans", plan("x", List.of(), null))
                        .status())
                .isEqualTo(404);
        assertThat(theirCommands
                        .post("/api/v1/clients/" + UUID.randomUUID() + "/care-plans", plan("x", List.of(), null))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void badInputIsAClearProblemAndNeverA500() {
        String base = "/api/v1/clients/" + clientId + "/care-plans";
        assertThat(ownerCommands
                        .post(base, Map.of("diagnosis", "no problem statement"))
                        .status())
                .isEqualTo(422);
        assertThat(ownerCommands
                        .post(base, plan("p", List.of(goal(null, "g", "done", null, null)), null))
                        .status())
                .isEqualTo(422);
        assertThat(ownerCommands
                        .post(base, plan("p", List.of(goal(UUID.randomUUID().toString(), "g", null, null, null)), null))
                        .status())
                .isEqualTo(422);
        assertThat(ownerCommands
                        .sendRaw("POST", base, "{\"problem_statement\": 5, \"goals\": \"many\"}")
                        .status())
                .isEqualTo(422);
        String id =
                ownerCommands.post(base, plan("No goals yet", List.of(), null)).id();
        Api.Response activate = ownerCommands.post("/api/v1/care-plans/" + id + "/activate", null);
        assertThat(activate.status()).as(activate.toString()).isEqualTo(422);
        assertThat(ownerCommands
                        .post("/api/v1/care-plans/" + id + "/close", Map.of("status", "finished", "reason", "x"))
                        .status())
                .isEqualTo(422);
        assertThat(ownerCommands
                        .post("/api/v1/care-plans/" + id + "/close", Map.of("status", "completed", "reason", "x"))
                        .status())
                .isEqualTo(422);
        assertThat(ownerCommands
                        .post(
                                "/api/v1/care-plans/" + id + "/revise",
                                Map.of(
                                        "plan",
                                        plan("x", List.of(goal(null, "g", null, null, null)), null),
                                        "reason",
                                        "draft"))
                        .status())
                .isEqualTo(422);
        assertThat(ownerCommands
                        .post("/api/v1/care-plans/" + id + "/close", Map.of("status", "discontinued"))
                        .status())
                .isEqualTo(422);
        assertThat(StackFixture.queries(owner)
                        .get("/api/v1/care-plans/not-a-uuid")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void aPlansTextIsInNoTableNoKafkaRecordAndIsErasedWithTheClient() throws Exception {
        String marker = "PLANMARK" + UUID.randomUUID().toString().replace("-", "");
        Actor practice = StackFixture.newPractice("Plan Marker " + marker.substring(8, 16));
        Api commands = StackFixture.commands(practice);
        String client = commands.post("/api/v1/clients", Map.of("first_name", "A", "last_name", "B"))
                .id();
        Api.Response created = commands.post(
                "/api/v1/clients/" + client + "/care-plans",
                Map.of(
                        "problem_statement",
                        marker + "problem",
                        "diagnosis",
                        marker + "diagnosis",
                        "goals",
                        List.of(goal(null, marker + "goal", "active", marker + "baseline", marker + "current")),
                        "interventions",
                        List.of(Map.of("description", marker + "what", "frequency", marker + "often"))));
        String id = created.id();
        commands.post("/api/v1/care-plans/" + id + "/activate", null);
        String goalId = read(practice, created, "/api/v1/care-plans/" + id)
                .json()
                .get("goals")
                .get(0)
                .get("id")
                .asText();
        commands.post(
                "/api/v1/care-plans/" + id + "/revise",
                Map.of(
                        "plan",
                        Map.of(
                                "problem_statement",
                                marker + "revised",
                                "goals",
                                List.of(goal(goalId, marker + "goal2", "met", null, null))),
                        "reason",
                        marker + "why"));
        String note = commands.post(
                        "/api/v1/sessions", Map.of("client_id", client, "session_date", "2026-01-05T10:00:00Z"))
                .id();
        assertThat(commands.post(
                                "/api/v1/sessions/" + note + "/goal-progress",
                                Map.of(
                                        "care_plan_id",
                                        id,
                                        "goal_id",
                                        goalId,
                                        "note",
                                        marker + "progress",
                                        "measure",
                                        marker + "measure"))
                        .status())
                .isEqualTo(200);
        Api.Response closed = commands.post(
                "/api/v1/care-plans/" + id + "/close", Map.of("status", "discontinued", "reason", marker + "closing"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        String history =
                read(practice, closed, "/api/v1/care-plans/" + id + "/history").body();
        assertThat(history).contains(marker + "problem", marker + "why", marker + "closing", marker + "often");
        assertThat(read(practice, closed, "/api/v1/care-plans/" + id + "/goals/" + goalId + "/progress")
                        .body())
                .contains(marker + "progress", marker + "measure");

        assertThat(NoPlaintextAnywhereTest.tablesContaining(marker)).isEmpty();
        List<ConsumerRecord<String, String>> records = KafkaTopic.awaitEvents(
                StackFixture.stack().kafkaBootstrapServers(),
                practice.workspaceId().toString(),
                5,
                Duration.ofSeconds(30));
        assertThat(records).allSatisfy(record -> assertThat(record.value()).doesNotContainIgnoringCase(marker));

        Api.Response erased = commands.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", client));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        JsonNode after = read(practice, erased, "/api/v1/care-plans/" + id).json();
        assertThat(after.get("erased").asBoolean()).isTrue();
        assertThat(after.get("problem_statement").isNull()).isTrue();
        assertThat(after.get("goals").get(0).get("description").isNull()).isTrue();
        assertThat(read(practice, erased, "/api/v1/care-plans/" + id + "/history")
                        .body())
                .doesNotContain(marker);
        assertThat(read(practice, erased, "/api/v1/care-plans/" + id + "/goals/" + goalId + "/progress")
                        .body())
                .doesNotContain(marker);
        assertThat(commands.post("/api/v1/clients/" + client + "/care-plans", plan("new", List.of(), null))
                        .status())
                .isEqualTo(410);
    }

    private static String activePlan(Api commands, String client, String reviewDate) {
        String id = commands.post(
                        "/api/v1/clients/" + client + "/care-plans",
                        plan("Plan " + reviewDate, List.of(goal(null, "g", null, null, null)), reviewDate))
                .id();
        Api.Response activated = commands.post("/api/v1/care-plans/" + id + "/activate", null);
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        return id;
    }

    static Map<String, Object> plan(String problem, List<Map<String, Object>> goals, String reviewDate) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("problem_statement", problem);
        body.put("diagnosis", "M54.5");
        body.put("goals", goals);
        body.put("interventions", List.of(Map.of("description", "Manual therapy", "frequency", "weekly")));
        body.put("review_date", reviewDate);
        return body;
    }

    static Map<String, Object> goal(String id, String description, String status, String baseline, String current) {
        Map<String, Object> goal = new java.util.HashMap<>();
        goal.put("id", id);
        goal.put("description", description);
        goal.put("target_date", "2026-05-01");
        goal.put("status", status);
        goal.put("baseline", baseline);
        goal.put("current_measure", current);
        return goal;
    }

    private static Api.Response read(Api.Response command, String path) {
        return read(owner, command, path);
    }

    private static Api.Response read(Actor actor, Api.Response command, String path) {
        return StackFixture.queries(actor)
                .withHeader("X-Consistency-Position", Long.toString(command.position()))
                .get(path);
    }
}
