package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.local.demo.DemoFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Files of notes and clients through both services: upload, list, signed download, rename, delete, zip, purge. */
class AttachmentsEndToEndTest {

    private static Actor owner;
    private static Api commands;
    private static Api queries;
    private static String clientId;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice(
                "Files Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        queries = StackFixture.queries(owner);
        clientId = commands.post("/api/v1/clients", Map.of("first_name", "Dana", "last_name", "Levi"))
                .id();
    }

    @Test
    void aNoteFileIsStoredAsCiphertextListedAndDownloadedThroughASignedLink() throws Exception {
        String sessionId = newNote(owner);
        long usedBefore = storageUsed(owner);
        byte[] pdf = DemoFiles.pdf("CONFIDENTIAL-SCAN-7731");
        Api.Response uploaded =
                commands.upload("/api/v1/sessions/" + sessionId + "/attachments", "../../Dana Levi scan.PDF", pdf);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String attachmentId = uploaded.id();
        assertThat(uploaded.header("Location"))
                .endsWith("/api/v1/sessions/" + sessionId + "/attachments/" + attachmentId);

        JsonNode list = read(owner, uploaded, "/api/v1/sessions/" + sessionId + "/attachments")
                .json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        JsonNode file = list.get("items").get(0);
        assertThat(file.get("file_name").asText()).isEqualTo("Dana_Levi_scan.pdf");
        assertThat(file.get("file_type").asText()).isEqualTo("application/pdf");
        assertThat(file.get("is_session_file").asBoolean()).isTrue();
        assertThat(file.get("session_date").asText()).isEqualTo("2026-02-02T09:00:00Z");
        assertThat(file.get("client_id").asText()).isEqualTo(clientId);
        long size = file.get("file_size_bytes").asLong();
        assertThat(queries.get("/api/v1/sessions/" + sessionId)
                        .json()
                        .get("attachment_count")
                        .asInt())
                .isEqualTo(1);
        assertThat(storageUsed(owner)).isEqualTo(usedBefore + size);

        String blobKey = blobKeyOf(attachmentId);
        assertThat(blobKey)
                .isEqualTo("workspaces/" + owner.workspaceId() + "/sessions/" + sessionId + "/attachments/"
                        + attachmentId + ".pdf");
        byte[] onDisk = Files.readAllBytes(StackFixture.stack().blobDirectory().resolve(blobKey));
        byte[] marker = "CONFIDENTIAL-SCAN-7731".getBytes(StandardCharsets.US_ASCII);
        assertThat(SampleFiles.contains(onDisk, marker)).as("plaintext on disk").isFalse();
        assertThat(SampleFiles.contains(onDisk, "%PDF".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(fileNameColumnOf(attachmentId))
                .as("no display name in plaintext")
                .isEqualTo(attachmentId + ".pdf");

        JsonNode link = queries.get("/api/v1/sessions/" + sessionId + "/attachments/" + attachmentId
                        + "/download?expires_in_minutes=5")
                .json();
        assertThat(link.get("expires_in_seconds").asLong()).isEqualTo(300);
        Api.Binary download = commands.fetch("GET", link.get("download_url").asText(), null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition"))
                .startsWith("attachment")
                .contains(attachmentId + ".pdf");
        assertThat(download.header("Cache-Control")).isEqualTo("no-store");
        assertThat(SampleFiles.contains(download.body(), marker))
                .as("the decrypted file")
                .isTrue();
        assertThat(download.body().length).isEqualTo((int) size);

        String url = link.get("download_url").asText();
        String forged = url.substring(0, url.length() - 2) + (url.endsWith("A") ? "BB" : "AA");
        assertThat(commands.fetch("GET", forged, null).status()).isEqualTo(404);
        assertThat(auditedDownloads(attachmentId)).isEqualTo(1);
    }

    @Test
    void aFileWhoseNameSaysPdfButWhoseBytesAreNotIsRefused() {
        String sessionId = newNote(owner);
        Api.Response fake = commands.upload(
                "/api/v1/sessions/" + sessionId + "/attachments",
                "report.pdf",
                "this is not a PDF at all".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.status()).as(fake.toString()).isIn(415, 422);
        Api.Response pngAsPdf =
                commands.upload("/api/v1/sessions/" + sessionId + "/attachments", "scan.pdf", DemoFiles.png(4, 4, 1));
        assertThat(pngAsPdf.status()).as(pngAsPdf.toString()).isIn(415, 422);
        Api.Response exe =
                commands.upload("/api/v1/sessions/" + sessionId + "/attachments", "tool.exe", DemoFiles.png(4, 4, 1));
        assertThat(exe.status()).as(exe.toString()).isEqualTo(415);
        assertThat(fake.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void clientFilesRenameDeleteAndZipFollowTheReference() throws IOException {
        String sessionId = newNote(owner);
        String noteFile = commands.upload(
                        "/api/v1/sessions/" + sessionId + "/attachments", "photo.png", DemoFiles.png(8, 8, 2))
                .id();
        Api.Response intake = commands.upload(
                "/api/v1/clients/" + clientId + "/attachments", "intake form.png", DemoFiles.png(8, 8, 3));
        assertThat(intake.status()).as(intake.toString()).isEqualTo(201);
        String intakeId = intake.id();
        Api.Response consent =
                commands.upload("/api/v1/clients/" + clientId + "/attachments", "consent.png", DemoFiles.png(8, 8, 4));

        JsonNode list = read(owner, consent, "/api/v1/clients/" + clientId + "/attachments")
                .json();
        assertThat(list.findValuesAsText("id")).contains(noteFile, intakeId, consent.id());
        String base = "/api/v1/clients/" + clientId + "/attachments/";
        assertThat(queries.get(base + noteFile).status())
                .as("a note's file is not the client's own")
                .isEqualTo(404);
        assertThat(queries.get(base + intakeId).json().get("is_session_file").asBoolean())
                .isFalse();

        Api.Response taken = commands.send("PATCH", base + intakeId, Map.of("file_name", "consent"));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(commands.send("PATCH", base + intakeId, Map.of("file_name", "bad/name"))
                        .status())
                .isEqualTo(400);
        assertThat(commands.send("PATCH", base + intakeId, Map.of("file_name", ""))
                        .status())
                .isEqualTo(422);
        Api.Response renamed = commands.send("PATCH", base + intakeId, Map.of("file_name", "Intake 2026"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(read(owner, renamed, base + intakeId).json().get("file_name").asText())
                .isEqualTo("Intake 2026.png");

        JsonNode link = queries.get(base + intakeId + "/download").json();
        assertThat(link.get("expires_in_seconds").asLong()).isEqualTo(900);
        assertThat(commands.fetch("GET", link.get("download_url").asText(), null)
                        .header("Content-Disposition"))
                .startsWith("inline");
        assertThat(queries.get(base + intakeId + "/download?expires_in_minutes=61")
                        .status())
                .isEqualTo(400);
        assertThat(queries.get(base + intakeId + "/download?expires_in_minutes=0")
                        .status())
                .isEqualTo(400);

        Api.Binary zip = queries.fetch(
                "POST",
                base + "download-multiple",
                Map.of("attachment_ids", List.of(intakeId, noteFile, consent.id())));
        assertThat(zip.status()).as(zip.text()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
        assertThat(zip.header("Content-Disposition"))
                .matches("attachment; filename=\"client-files-\\d{8}_\\d{6}\\.zip\"");
        assertThat(entriesOf(zip.body())).containsExactly("Intake 2026.png", "photo.png", "consent.png");
        assertThat(queries.fetch(
                                "POST",
                                base + "download-multiple",
                                Map.of("attachment_ids", List.of(intakeId, intakeId)))
                        .status())
                .isEqualTo(404);
        assertThat(queries.fetch(
                                "POST",
                                base + "download-multiple",
                                Map.of("attachment_ids", List.of(UUID.randomUUID())))
                        .status())
                .isEqualTo(404);
        assertThat(queries.fetch("POST", base + "download-multiple", Map.of("attachment_ids", List.of()))
                        .status())
                .isEqualTo(422);

        long before = storageUsed(owner);
        long consentSize =
                queries.get(base + consent.id()).json().get("file_size_bytes").asLong();
        Api.Response deleted = commands.delete(base + consent.id());
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(read(owner, deleted, base + consent.id()).status()).isEqualTo(404);
        assertThat(storageUsed(owner)).isEqualTo(before - consentSize);
        assertThat(commands.delete(base + consent.id()).status())
                .as("already deleted")
                .isEqualTo(404);
    }

    @Test
    void aPurgedNoteTakesItsFilesWithIt() throws Exception {
        Actor practice = StackFixture.newPractice(
                "Purge Files " + UUID.randomUUID().toString().substring(0, 8));
        Api practiceCommands = StackFixture.commands(practice);
        String client = practiceCommands
                .post("/api/v1/clients", Map.of("first_name", "A", "last_name", "B"))
                .id();
        String sessionId = newNote(practice, client);
        String fileId = practiceCommands
                .upload("/api/v1/sessions/" + sessionId + "/attachments", "x.png", DemoFiles.png(16, 16, 5))
                .id();
        Path blob = StackFixture.stack().blobDirectory().resolve(blobKeyOf(fileId));
        assertThat(blob).exists();
        practiceCommands.delete("/api/v1/sessions/" + sessionId);
        Api.Response purged = practiceCommands.delete("/api/v1/sessions/" + sessionId + "/permanent");
        assertThat(purged.status()).as(purged.toString()).isEqualTo(200);
        StackFixture.queries(practice)
                .withHeader("X-Consistency-Position", Long.toString(purged.position()))
                .get("/api/v1/workspaces/" + practice.workspaceId() + "/storage");
        assertThat(StackFixture.count("session_attachments WHERE id = '" + fileId + "'"))
                .isZero();
        assertThat(storageUsed(practice)).isZero();
        assertThat(blob).doesNotExist();
    }

    @Test
    void aFilesNameAndContentsAppearInNoTableNoKafkaRecordAndNoBlobInPlaintext() throws Exception {
        String marker = "FILEMARKER" + UUID.randomUUID().toString().replace("-", "");
        Actor practice = StackFixture.newPractice("File Marker " + marker.substring(10, 18));
        Api practiceCommands = StackFixture.commands(practice);
        String client = practiceCommands
                .post("/api/v1/clients", Map.of("first_name", "M", "last_name", "N"))
                .id();
        Api.Response uploaded = practiceCommands.upload(
                "/api/v1/clients/" + client + "/attachments", marker + ".pdf", DemoFiles.pdf(marker));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        Api.Response renamed = practiceCommands.send(
                "PATCH",
                "/api/v1/clients/" + client + "/attachments/" + uploaded.id(),
                Map.of("file_name", marker + "-renamed"));
        assertThat(read(practice, renamed, "/api/v1/clients/" + client + "/attachments/" + uploaded.id())
                        .json()
                        .get("file_name")
                        .asText())
                .isEqualTo(marker + "-renamed.pdf");

        assertThat(NoPlaintextAnywhereTest.tablesContaining(marker)).isEmpty();
        byte[] blob = Files.readAllBytes(StackFixture.stack().blobDirectory().resolve(blobKeyOf(uploaded.id())));
        assertThat(SampleFiles.contains(blob, marker.getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(KafkaTopic.awaitEvents(
                        StackFixture.stack().kafkaBootstrapServers(),
                        practice.workspaceId().toString(),
                        4,
                        java.time.Duration.ofSeconds(30)))
                .allSatisfy(record -> assertThat(record.value()).doesNotContainIgnoringCase(marker));
    }

    @Test
    void anErasedClientTakesEveryFileWithIt() throws Exception {
        Actor practice = StackFixture.newPractice(
                "Erase Files " + UUID.randomUUID().toString().substring(0, 8));
        Api practiceCommands = StackFixture.commands(practice);
        String client = practiceCommands
                .post("/api/v1/clients", Map.of("first_name", "E", "last_name", "F"))
                .id();
        String sessionId = newNote(practice, client);
        String noteFile = practiceCommands
                .upload("/api/v1/sessions/" + sessionId + "/attachments", "n.png", DemoFiles.png(8, 8, 10))
                .id();
        String clientFile = practiceCommands
                .upload("/api/v1/clients/" + client + "/attachments", "c.png", DemoFiles.png(8, 8, 11))
                .id();
        List<Path> blobs = List.of(
                StackFixture.stack().blobDirectory().resolve(blobKeyOf(noteFile)),
                StackFixture.stack().blobDirectory().resolve(blobKeyOf(clientFile)));
        Api.Response erased = practiceCommands.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", client));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        StackFixture.queries(practice)
                .withHeader("X-Consistency-Position", Long.toString(StackFixture.latestPosition(clientFile)))
                .get("/api/v1/clients/" + client);
        assertThat(StackFixture.count("session_attachments WHERE client_id = '" + client + "'"))
                .isZero();
        assertThat(storageUsed(practice)).isZero();
        assertThat(blobs).allSatisfy(blob -> assertThat(blob).doesNotExist());
    }

    @Test
    void anotherPracticeFindsNothing() {
        String sessionId = newNote(owner);
        Api.Response uploaded =
                commands.upload("/api/v1/sessions/" + sessionId + "/attachments", "mine.png", DemoFiles.png(4, 4, 6));
        String fileId = uploaded.id();
        String clientFile = commands.upload(
                        "/api/v1/clients/" + clientId + "/attachments", "mine.png", DemoFiles.png(4, 4, 7))
                .id();
        read(owner, uploaded, "/api/v1/sessions/" + sessionId + "/attachments");
        Actor stranger = StackFixture.newPractice(
                "Stranger " + UUID.randomUUID().toString().substring(0, 8));
        Api theirCommands = StackFixture.commands(stranger);
        Api theirQueries = StackFixture.queries(stranger);
        String notes = "/api/v1/sessions/" + sessionId + "/attachments";
        String files = "/api/v1/clients/" + clientId + "/attachments";
        List<Integer> statuses = new ArrayList<>(List.of(
                theirCommands.upload(notes, "x.png", DemoFiles.png(4, 4, 8)).status(),
                theirCommands.upload(files, "x.png", DemoFiles.png(4, 4, 8)).status(),
                theirQueries.get(notes).status(),
                theirQueries.get(files).status(),
                theirQueries.get(notes + "/" + fileId).status(),
                theirQueries.get(files + "/" + clientFile).status(),
                theirQueries.get(notes + "/" + fileId + "/download").status(),
                theirQueries.get(files + "/" + clientFile + "/download").status(),
                theirCommands
                        .send("PATCH", notes + "/" + fileId, Map.of("file_name", "y"))
                        .status(),
                theirCommands
                        .send("PATCH", files + "/" + clientFile, Map.of("file_name", "y"))
                        .status(),
                theirCommands.delete(notes + "/" + fileId).status(),
                theirCommands.delete(files + "/" + clientFile).status(),
                theirQueries
                        .fetch("POST", files + "/download-multiple", Map.of("attachment_ids", List.of(clientFile)))
                        .status()));
        assertThat(statuses).containsOnly(404);
    }

    static String newNote(Actor actor) {
        return newNote(actor, clientId);
    }

    static String newNote(Actor actor, String client) {
        Api.Response note = StackFixture.commands(actor)
                .post(
                        "/api/v1/sessions",
                        Map.of(
                                "client_id",
                                client,
                                "session_date",
                                "2026-02-02T09:00:00Z",
                                "subjective",
                                "Shoulder pain",
                                "duration_minutes",
                                45));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        return note.id();
    }

    /** The practice's storage usage once query-service has applied every event stored so far. */
    static long storageUsed(Actor actor) {
        long position;
        try {
            position =
                    Long.parseLong(StackFixture.single("SELECT max(global_index) FROM event_store.domain_event_entry"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return StackFixture.queries(actor)
                .withHeader("X-Consistency-Position", Long.toString(position))
                .get("/api/v1/workspaces/" + actor.workspaceId() + "/storage")
                .json()
                .get("used_bytes")
                .asLong();
    }

    private static Api.Response read(Actor actor, Api.Response command, String path) {
        return StackFixture.queries(actor)
                .withHeader("X-Consistency-Position", Long.toString(command.position()))
                .get(path);
    }

    private static String blobKeyOf(String attachmentId) throws java.sql.SQLException {
        return StackFixture.single(
                "SELECT blob_key FROM command_model.attachment_ledger WHERE attachment_id = '" + attachmentId + "'");
    }

    private static String fileNameColumnOf(String attachmentId) {
        try {
            return StackFixture.single("SELECT file_name FROM session_attachments WHERE id = '" + attachmentId + "'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long auditedDownloads(String attachmentId) {
        try {
            return StackFixture.count("event_store.domain_event_entry WHERE payload_type LIKE '%PhiAccessedEvent'"
                    + " AND payload::jsonb ->> 'resourceId' = '" + attachmentId + "'"
                    + " AND payload::jsonb ->> 'operation' = 'download'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> entriesOf(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
