package com.pazpaz.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the demo practice with a small synthetic practice, through command-service's HTTP API with the demo
 * owner's token (so every rule, the encryption and the audit trail hold for it as for real data): services,
 * locations, {@value #CLIENTS} clients, three weeks of past and three of future appointments, notes in every
 * state (draft, finalized, amended) and two attachments.
 *
 * <p>Runs once per data directory: a marker file {@value #MARKER} is written when the seed has finished, and a
 * start that finds it seeds nothing. Every name, date and text is invented (no real person's data).
 */
public final class DemoSeed {

    public static final int CLIENTS = 30;
    static final String MARKER = "demo-seeded";
    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);
    private static final String[] FIRST = {
        "Noa", "Avi", "Maya", "Yosef", "Tamar", "Eitan", "Shira", "Omer", "Yael", "Daniel", "Liat", "Itai", "Hila",
        "Ron", "Michal", "Amit", "Neta", "Gil", "Dana", "Uri"
    };
    private static final String[] LAST = {
        "Levi",
        "Cohen",
        "Mizrahi",
        "Peretz",
        "Biton",
        "Friedman",
        "Azulai",
        "Katz",
        "Golan",
        "Shapiro",
        "Ben-David",
        "Oren",
        "Sasson",
        "Dahan",
        "Klein"
    };
    private static final String[] COMPLAINTS = {
        "Lower back pain after long drives",
        "Stiff neck, worse mornings",
        "Tension headaches twice a week",
        "Shoulder pain when lifting",
        "Knee discomfort on stairs",
        "General stress and poor sleep"
    };

    private final DemoHttp commands;
    private final Random random = new Random(18);
    private final LocalDate today;

    private DemoSeed(DemoHttp commands, LocalDate today) {
        this.commands = commands;
        this.today = today;
    }

    /**
     * Seeds the practice behind {@code ownerToken} unless {@code dataDirectory} says it was seeded already;
     * answers what it made, or nothing when it had been seeded before.
     */
    public static java.util.Optional<Summary> seedOnce(Path dataDirectory, String commandBaseUrl, String ownerToken) {
        Path marker = dataDirectory.resolve(MARKER);
        if (Files.exists(marker)) {
            return java.util.Optional.empty();
        }
        long started = System.nanoTime();
        Summary summary = new DemoSeed(new DemoHttp(commandBaseUrl, ownerToken), LocalDate.now(ZoneOffset.UTC)).seed();
        try {
            Files.writeString(marker, summary + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + marker, e);
        }
        log.info(
                "Demo practice seeded in {} s: {}",
                String.format("%.1f", (System.nanoTime() - started) / 1e9),
                summary);
        return java.util.Optional.of(summary);
    }

    /** What the seed made, written into the marker file. */
    public record Summary(int services, int locations, int clients, int appointments, int notes, int attachments) {}

    private Summary seed() {
        post(
                "/api/v1/services",
                Map.of(
                        "name",
                        "Massage therapy",
                        "description",
                        "Deep tissue or relaxation",
                        "default_duration_minutes",
                        60));
        post("/api/v1/services", Map.of("name", "Physiotherapy", "default_duration_minutes", 45));
        post("/api/v1/services", Map.of("name", "Follow-up call", "default_duration_minutes", 20));
        post(
                "/api/v1/locations",
                Map.of("name", "Main clinic", "location_type", "clinic", "address", "12 Example St, Tel Aviv"));
        post(
                "/api/v1/locations",
                Map.of(
                        "name",
                        "Video room",
                        "location_type",
                        "online",
                        "details",
                        "https://meet.example.org/demo-room"));
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(registerClient(i));
        }
        int appointments = 0;
        int notes = 0;
        String firstNote = null;
        // weekdays from three weeks back to three weeks ahead, two or three sessions a day on whole hours
        for (LocalDate day = today.minusWeeks(3); day.isBefore(today.plusWeeks(3)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int perDay = 2 + random.nextInt(2);
            for (int slot = 0; slot < perDay; slot++) {
                String client = clients.get(random.nextInt(clients.size()));
                Instant start = day.atStartOfDay(ZoneOffset.UTC)
                        .plusHours(9L + slot * 2L)
                        .toInstant();
                String appointment = schedule(client, start, appointments);
                appointments++;
                if (start.isBefore(Instant.now().minus(1, ChronoUnit.HOURS))) {
                    commands.send("PUT", "/api/v1/appointments/" + appointment, Map.of("status", "completed"));
                    String note = writeNote(client, appointment, start, notes);
                    firstNote = firstNote == null ? note : firstNote;
                    notes++;
                }
            }
        }
        int attachments = attach(clients.get(0), firstNote);
        return new Summary(3, 2, clients.size(), appointments, notes, attachments);
    }

    private String registerClient(int i) {
        Map<String, Object> client = new LinkedHashMap<>();
        String first = FIRST[i % FIRST.length];
        String last = LAST[(i * 7) % LAST.length];
        client.put("first_name", first);
        client.put("last_name", last);
        client.put("email", (first + "." + last + i).toLowerCase().replace("-", "") + "@example.org");
        client.put("phone", String.format("+972-50-555-%04d", 1000 + i));
        client.put(
                "date_of_birth",
                LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28))
                        .toString());
        client.put("medical_history", COMPLAINTS[i % COMPLAINTS.length] + " (synthetic demo data)");
        client.put("tags", i % 3 == 0 ? List.of("demo", "sports") : List.of("demo"));
        return post("/api/v1/clients", client);
    }

    private String schedule(String client, Instant start, int n) {
        boolean online = n % 4 == 3;
        Map<String, Object> appointment = new LinkedHashMap<>();
        appointment.put("client_id", client);
        appointment.put("scheduled_start", start.toString());
        appointment.put("scheduled_end", start.plus(50, ChronoUnit.MINUTES).toString());
        appointment.put("location_type", online ? "online" : "clinic");
        appointment.put("location_details", online ? "https://meet.example.org/demo-room" : "Main clinic, room 2");
        return post("/api/v1/appointments", appointment);
    }

    /** Every third note stays a draft, the others are finalized, and every fifth finalized one is amended. */
    private String writeNote(String client, String appointment, Instant start, int n) {
        String note = post(
                "/api/v1/sessions",
                Map.of(
                        "client_id",
                        client,
                        "appointment_id",
                        appointment,
                        "session_date",
                        start.toString(),
                        "subjective",
                        COMPLAINTS[n % COMPLAINTS.length],
                        "objective",
                        "Reduced range of motion, tender on palpation",
                        "assessment",
                        "Improving slowly",
                        "plan",
                        "Continue weekly; home exercises",
                        "duration_minutes",
                        50));
        if (n % 3 != 0) {
            commands.send("POST", "/api/v1/sessions/" + note + "/finalize", null);
            if (n % 5 == 1) {
                commands.send(
                        "POST",
                        "/api/v1/sessions/" + note + "/amend",
                        Map.of(
                                "plan",
                                "Continue weekly; add stretching twice a day",
                                "reason",
                                "Plan agreed after call"));
            }
        }
        return note;
    }

    private int attach(String client, String note) {
        commands.upload(
                "/api/v1/clients/" + client + "/attachments",
                "intake-form.pdf",
                "application/pdf",
                DemoFiles.pdf("Intake form (synthetic demo)"));
        if (note == null) {
            return 1;
        }
        commands.upload(
                "/api/v1/sessions/" + note + "/attachments", "posture.png", "image/png", DemoFiles.png(64, 48, 2));
        return 2;
    }

    private String post(String path, Map<String, ?> body) {
        JsonNode created = commands.send("POST", path, body);
        return created.get("id").asText();
    }
}
