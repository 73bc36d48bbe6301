package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.local.demo.DemoFiles;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The status codes of the reference's attachment routes (behaviour.md §1.9, §1.10, R-ATT-2, R-QUO-2). */
class AttachmentEndpointsTest {

    private static Actor owner;
    private static Api commands;
    private static String clientId;
    private static String sessionId;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice(
                "Upload Rules " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        clientId = commands.post("/api/v1/clients", Map.of("first_name", "U", "last_name", "R"))
                .id();
        sessionId = AttachmentsEndToEndTest.newNote(owner, clientId);
    }

    @Test
    void theEleventhUploadOfAUserWithinAMinuteIs429AndCountsNotesAndClientsTogether() {
        Api assistant = StackFixture.commands(StackFixture.addAssistant(owner));
        for (int i = 0; i < 10; i++) {
            String path = i % 2 == 0
                    ? "/api/v1/sessions/" + sessionId + "/attachments"
                    : "/api/v1/clients/" + clientId + "/attachments";
            assertThat(assistant
                            .upload(path, "f" + i + ".png", DemoFiles.png(2, 2, i))
                            .status())
                    .isEqualTo(201);
        }
        Api.Response refused =
                assistant.upload("/api/v1/clients/" + clientId + "/attachments", "late.png", DemoFiles.png(2, 2, 11));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("detail").asText()).contains("Maximum 10 uploads per minute");
    }

    @Test
    void aFileOverTenMebibytesIs413AndAnOversizedRequestToo() {
        byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
        Api.Response refused = commands.upload("/api/v1/clients/" + clientId + "/attachments", "big.pdf", tooBig);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.json().get("detail").asText()).contains("exceeds maximum of 10485760 bytes");
        Api.Response huge =
                commands.upload("/api/v1/clients/" + clientId + "/attachments", "huge.pdf", new byte[13 * 1024 * 1024]);
        assertThat(huge.status()).as(huge.toString()).isEqualTo(413);
    }

    @Test
    void typesAreJudgedByContent() {
        String path = "/api/v1/clients/" + clientId + "/attachments";
        assertThat(commands.upload(path, "noextension", DemoFiles.png(2, 2, 1)).status())
                .isEqualTo(415);
        assertThat(commands.upload(path, "notes.txt", "hello".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(415);
        assertThat(commands.upload(path, "photo.jpg", DemoFiles.png(2, 2, 1)).status())
                .isEqualTo(422);
        byte[] truncated = Arrays.copyOf(DemoFiles.pdf("x"), 20);
        assertThat(commands.upload(path, "broken.pdf", truncated).status()).isEqualTo(422);
        assertThat(commands.upload(path, "ok.PNG", DemoFiles.png(2, 2, 1)).status())
                .isEqualTo(201);
    }

    @Test
    void aRequestWithoutAFileIs422AndOneThatIsNotMultipartIs415() {
        Api.Response noFile = commands.send("POST", "/api/v1/clients/" + clientId + "/attachments", null);
        assertThat(noFile.status()).as(noFile.toString()).isIn(415, 422);
        Api.Response json = commands.post("/api/v1/clients/" + clientId + "/attachments", Map.of("file", "x"));
        assertThat(json.status()).as(json.toString()).isEqualTo(415);
    }

    @Test
    void unknownNotesClientsAndFilesAre404() {
        String unknown = UUID.randomUUID().toString();
        assertThat(commands.upload("/api/v1/sessions/" + unknown + "/attachments", "a.png", DemoFiles.png(2, 2, 1))
                        .status())
                .isEqualTo(404);
        assertThat(commands.upload("/api/v1/clients/" + unknown + "/attachments", "a.png", DemoFiles.png(2, 2, 1))
                        .status())
                .isEqualTo(404);
        assertThat(commands.delete("/api/v1/sessions/" + sessionId + "/attachments/" + unknown)
                        .status())
                .isEqualTo(404);
        Api.Response notFound =
                StackFixture.queries(owner).get("/api/v1/sessions/" + sessionId + "/attachments/" + unknown);
        assertThat(notFound.json().get("detail").asText()).isEqualTo("Attachment not found");
        assertThat(StackFixture.queries(owner)
                        .get("/api/v1/sessions/not-a-uuid/attachments")
                        .status())
                .isIn(400, 404, 422);
    }

    @Test
    void aDeletedNoteHasNoFilesToReachAnyMore() {
        String note = AttachmentsEndToEndTest.newNote(owner, clientId);
        String file = commands.upload("/api/v1/sessions/" + note + "/attachments", "a.png", DemoFiles.png(2, 2, 3))
                .id();
        Api.Response deleted = commands.delete("/api/v1/sessions/" + note);
        assertThat(deleted.status()).isEqualTo(200);
        Api queries =
                StackFixture.queries(owner).withHeader("X-Consistency-Position", Long.toString(deleted.position()));
        assertThat(queries.get("/api/v1/sessions/" + note + "/attachments").status())
                .isEqualTo(404);
        assertThat(commands.upload("/api/v1/sessions/" + note + "/attachments", "b.png", DemoFiles.png(2, 2, 4))
                        .status())
                .isEqualTo(404);
        assertThat(queries.get("/api/v1/clients/" + clientId + "/attachments")
                        .json()
                        .findValuesAsText("id"))
                .as("the client's list still shows a deleted note's files")
                .contains(file);
    }

    @Test
    void anUploadPastTheQuotaIs507AndReachingItExactlyIsAllowed() {
        Actor practice = StackFixture.newPractice(
                "Tiny Quota " + UUID.randomUUID().toString().substring(0, 8));
        Api practiceCommands = StackFixture.commands(practice);
        String client = practiceCommands
                .post("/api/v1/clients", Map.of("first_name", "T", "last_name", "Q"))
                .id();
        byte[] image = DemoFiles.png(2, 2, 5);
        Api.Response probe = practiceCommands.upload("/api/v1/clients/" + client + "/attachments", "p.png", image);
        long size = AttachmentsEndToEndTest.storageUsed(practice);
        practiceCommands.delete("/api/v1/clients/" + client + "/attachments/" + probe.id());
        practiceCommands.send(
                "PATCH",
                "/api/v1/workspaces/" + practice.workspaceId() + "/storage/quota",
                Map.of("quota_bytes", size));
        assertThat(practiceCommands
                        .upload("/api/v1/clients/" + client + "/attachments", "a.png", image)
                        .status())
                .as("exactly at the quota")
                .isEqualTo(201);
        Api.Response over = practiceCommands.upload("/api/v1/clients/" + client + "/attachments", "b.png", image);
        assertThat(over.status()).isEqualTo(507);
        assertThat(over.json().get("detail").asText()).startsWith("Workspace storage quota exceeded.");
        assertThat(AttachmentsEndToEndTest.storageUsed(practice)).isEqualTo(size);
    }
}
