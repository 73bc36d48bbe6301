package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.local.demo.DemoSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo practice (issue 18): seeded through the API into a practice of its own (the shared demo practice of
 * the other tests stays as they expect it), a newcomer's first GETs show it, and a second start seeds nothing.
 */
class DemoSeedTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theFirstGetsShowTheSeededPracticeAndASecondStartSeedsNothing() throws Exception {
        Actor owner = StackFixture.newPractice("Seeded Demo");
        String token = StackFixture.tokenFor(owner);
        Api queries = StackFixture.queries(owner);

        DemoSeed.Summary seeded = DemoSeed.seedOnce(
                        dataDirectory, StackFixture.stack().commandBaseUrl(), token)
                .orElseThrow();
        assertThat(Files.readString(dataDirectory.resolve("demo-seeded"))).contains("clients=30");

        JsonNode clients = await(
                queries,
                "/api/v1/clients?page_size=100",
                list -> list.get("total").asLong() == DemoSeed.CLIENTS);
        assertThat(clients.get("items").get(0).get("first_name").asText()).isNotBlank();
        assertThat(await(queries, "/api/v1/services", list -> list.get("items").size() == 3))
                .isNotNull();
        assertThat(await(queries, "/api/v1/locations", list -> list.get("items").size() == 2))
                .isNotNull();
        assertThat(await(
                        queries,
                        "/api/v1/appointments?page_size=100",
                        list -> list.get("total").asLong() == seeded.appointments()))
                .isNotNull();
        assertThat(seeded.appointments()).isGreaterThan(seeded.notes()).isGreaterThan(20);

        List<String> clientIds = clients.get("items").findValuesAsText("id");
        Notes notes = awaitNotes(queries, clientIds, seeded.notes());
        assertThat(notes.drafts()).isPositive();
        assertThat(notes.finalized()).isPositive();
        assertThat(notes.amended()).isPositive();
        assertThat(clientIds)
                .anyMatch(id -> queries.get("/api/v1/clients/" + id + "/attachments")
                                .json()
                                .get("items")
                                .size()
                        > 0);

        assertThat(DemoSeed.seedOnce(dataDirectory, StackFixture.stack().commandBaseUrl(), token))
                .isEmpty();
        assertThat(queries.get("/api/v1/clients?page_size=100")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(DemoSeed.CLIENTS);
    }

    private record Notes(int drafts, int finalized, int amended) {
        int total() {
            return drafts + finalized;
        }
    }

    /** Every client's notes, read as the notes screen lists them, once all the seed wrote is projected. */
    private static Notes awaitNotes(Api queries, List<String> clientIds, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        Notes notes = null;
        while (System.nanoTime() < deadline) {
            int drafts = 0;
            int finalized = 0;
            int amended = 0;
            for (String client : clientIds) {
                Api.Response response = queries.get("/api/v1/sessions?page_size=100&client_id=" + client);
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                for (JsonNode note : response.json().get("items")) {
                    if (note.get("is_draft").asBoolean()) {
                        drafts++;
                    } else {
                        finalized++;
                    }
                    amended += note.path("amendment_count").asInt() > 0 ? 1 : 0;
                }
            }
            notes = new Notes(drafts, finalized, amended);
            if (notes.total() == expected) {
                return notes;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the seeded notes never all showed; last count " + notes);
    }

    /** The read side is eventually consistent: polls the list until it shows what the seed wrote. */
    private static JsonNode await(Api queries, String path, Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Api.Response response = queries.get(path);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            last = response.json();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " never showed the seeded practice; last answer " + last);
    }
}
