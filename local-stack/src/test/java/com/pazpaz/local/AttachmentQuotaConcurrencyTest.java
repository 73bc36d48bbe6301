package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.local.demo.DemoFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The storage quota holds exactly when many uploads and deletes of one practice race each other: as many files
 * are accepted as fit, the rest are refused with 507 (never 500), and usage equals what is stored, on the
 * command side and in the read model.
 */
class AttachmentQuotaConcurrencyTest {

    private static final int UPLOADERS = 4;
    private static final int UPLOADS_EACH = 8;
    private static final int FILES_THAT_FIT = 10;

    @Test
    void concurrentUploadsStopExactlyAtTheQuotaAndConcurrentDeletesReleaseEveryByte() throws Exception {
        Actor owner = StackFixture.newPractice(
                "Quota Race " + UUID.randomUUID().toString().substring(0, 8));
        Api commands = StackFixture.commands(owner);
        String client = commands.post("/api/v1/clients", Map.of("first_name", "Q", "last_name", "R"))
                .id();
        byte[] image = DemoFiles.png(32, 32, 9);
        Api.Response probe = commands.upload("/api/v1/clients/" + client + "/attachments", "probe.png", image);
        long size = sizeOf(owner, probe, client);
        commands.delete("/api/v1/clients/" + client + "/attachments/" + probe.id());
        commands.send(
                "PATCH",
                "/api/v1/workspaces/" + owner.workspaceId() + "/storage/quota",
                Map.of("quota_bytes", FILES_THAT_FIT * size + size / 2));

        List<Actor> uploaders = new ArrayList<>(List.of(owner));
        for (int i = 1; i < UPLOADERS; i++) {
            uploaders.add(StackFixture.addAssistant(owner));
        }
        List<Callable<Api.Response>> uploads = new ArrayList<>();
        for (Actor uploader : uploaders) {
            for (int i = 0; i < UPLOADS_EACH; i++) {
                uploads.add(() -> StackFixture.commands(uploader)
                        .upload("/api/v1/clients/" + client + "/attachments", "scan.png", image));
            }
        }
        List<Api.Response> answers = runTogether(uploads);
        List<String> accepted = answers.stream()
                .filter(a -> a.status() == 201)
                .map(Api.Response::id)
                .toList();
        assertThat(answers)
                .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(201, 507));
        assertThat(accepted).hasSize(FILES_THAT_FIT);
        assertThat(commandSideUsage(owner)).isEqualTo(FILES_THAT_FIT * size);
        assertThat(AttachmentsEndToEndTest.storageUsed(owner)).isEqualTo(FILES_THAT_FIT * size);

        List<Callable<Api.Response>> deletes = new ArrayList<>();
        for (String id : accepted) {
            deletes.add(() -> commands.delete("/api/v1/clients/" + client + "/attachments/" + id));
            deletes.add(() -> commands.delete("/api/v1/clients/" + client + "/attachments/" + id));
        }
        List<Api.Response> deleted = runTogether(deletes);
        assertThat(deleted.stream().filter(a -> a.status() == 200)).hasSize(FILES_THAT_FIT);
        assertThat(deleted)
                .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 404, 409));
        assertThat(commandSideUsage(owner)).isZero();
        assertThat(AttachmentsEndToEndTest.storageUsed(owner)).isZero();
    }

    private static long sizeOf(Actor owner, Api.Response upload, String client) {
        return StackFixture.queries(owner)
                .withHeader("X-Consistency-Position", Long.toString(upload.position()))
                .get("/api/v1/clients/" + client + "/attachments/" + upload.id())
                .json()
                .get("file_size_bytes")
                .asLong();
    }

    private static long commandSideUsage(Actor owner) throws Exception {
        return Long.parseLong(StackFixture.single("SELECT used_bytes FROM command_model.workspace_storage"
                + " WHERE workspace_id = '" + owner.workspaceId() + "'"));
    }

    private static List<Api.Response> runTogether(List<Callable<Api.Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
