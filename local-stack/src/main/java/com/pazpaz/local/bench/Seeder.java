package com.pazpaz.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Creates the records a scenario needs, through the API of one practice, before anything is timed. */
final class Seeder {

    /** Notes are dated in the past (a session date may not be in the future). */
    private static final Instant SESSION_DATE = Instant.parse("2025-06-02T09:00:00Z");

    private static final int PARALLEL = 16;

    private final BenchContext bench;
    private final Http http;

    Seeder(BenchContext bench, Http http) {
        this.bench = bench;
        this.http = http;
    }

    String client(int n) throws Exception {
        return idOf(http.post(bench.command("/api/v1/clients"), registerBody(n)), "register client");
    }

    /** An assistant added to the practice through the API; its user id. */
    String assistant() throws Exception {
        String body =
                "{\"email\":\"assistant-" + UUID.randomUUID() + "@bench.test\",\"full_name\":\"Bench Assistant\"}";
        return idOf(http.post(bench.command("/api/v1/users"), body), "add assistant");
    }

    String draft(String clientId, int n) throws Exception {
        String body = "{\"client_id\":\"" + clientId + "\",\"session_date\":\"" + SESSION_DATE.plusSeconds(60L * n)
                + "\",\"subjective\":\"" + soapText(n) + "\",\"objective\":\"Range of motion limited.\","
                + "\"assessment\":\"Improving.\",\"plan\":\"Continue weekly.\",\"duration_minutes\":50}";
        return idOf(http.post(bench.command("/api/v1/sessions"), body), "create draft");
    }

    String finalizedNote(String clientId, int n) throws Exception {
        String id = draft(clientId, n);
        idOf(http.post(bench.command("/api/v1/sessions/" + id + "/finalize"), ""), "finalize");
        return id;
    }

    void amend(String noteId, int n) throws Exception {
        idOf(http.post(bench.command("/api/v1/sessions/" + noteId + "/amend"), amendBody(n)), "amend");
    }

    String appointment(String clientId, Instant start, Duration length) throws Exception {
        String body = "{\"client_id\":\"" + clientId + "\",\"scheduled_start\":\"" + start + "\",\"scheduled_end\":\""
                + start.plus(length) + "\",\"location_type\":\"clinic\",\"notes\":\"Bring the exercise sheet.\"}";
        return idOf(http.post(bench.command("/api/v1/appointments"), body), "schedule appointment");
    }

    /** An open-ended weekly series of one-hour sessions from {@code firstStart} (UTC), on that weekday. */
    String weeklySeries(String clientId, java.time.LocalDateTime firstStart) throws Exception {
        String day = firstStart.getDayOfWeek().name().substring(0, 2);
        String body = "{\"client_id\":\"" + clientId + "\",\"rule\":\"FREQ=WEEKLY;BYDAY=" + day
                + "\",\"time_zone\":\"UTC\",\"first_start\":\"" + firstStart + ":00\",\"duration_minutes\":60,"
                + "\"location_type\":\"clinic\"}";
        return idOf(http.post(bench.command("/api/v1/appointment-series"), body), "book weekly series");
    }

    /** Creates {@code count} records from 16 parallel callers; fails if any is refused. */
    static List<String> parallel(int count, IntFunction<Callable<String>> create) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                tasks.add(create.apply(i));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> created : pool.invokeAll(tasks)) {
                ids.add(created.get());
            }
            return ids;
        } finally {
            pool.shutdown();
        }
    }

    static String registerBody(int n) {
        return "{\"first_name\":\"Bench" + n + "\",\"last_name\":\"Mark\",\"email\":\"b" + n + "@example.org\","
                + "\"phone\":\"+972500000000\",\"medical_history\":\"" + "History of lower back pain. ".repeat(10)
                + "\"}";
    }

    static String amendBody(long n) {
        return "{\"subjective\":\"" + soapText(n) + " Corrected.\",\"reason\":\"Correction number " + n + "\"}";
    }

    /** About 350 bytes, the reference's typical SOAP field (behaviour.md §5.3), unique per n. */
    static String soapText(long n) {
        return "Visit " + n + ". " + "Client reports lower back pain after long drives, easing with rest. ".repeat(5);
    }

    private static String idOf(JsonNode response, String what) {
        if (response == null || !response.hasNonNull("id")) {
            throw new IllegalStateException(what + " was refused while seeding");
        }
        return response.get("id").asText();
    }
}
