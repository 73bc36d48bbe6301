package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.infra.security.Actor;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Master-key rotation under load: clients are registered, revised and read while every data key is re-wrapped
 * under a new master version; afterwards no key is wrapped under the old version, which can be retired.
 */
class KeyRotationEndToEndTest {

    @Test
    void writesAndReadsKeepWorkingWhileDataKeysAreRewrappedAndTheOldVersionCanBeRetired() throws Exception {
        Actor owner = StackFixture.newPractice(
                "Rotation Practice " + UUID.randomUUID().toString().substring(0, 8));
        Api commands = StackFixture.commands(owner);
        Api admin = StackFixture.commands(StackFixture.platformAdmin());
        List<String> clients = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 30; i++) {
            clients.add(commands.post("/api/v1/clients", Map.of("first_name", "Before" + i, "last_name", "R"))
                    .id());
        }
        int oldVersion = status(admin).get("target_version").asInt();

        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger operations = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread load = new Thread(() -> writeAndRead(owner, clients, running, operations, failures), "rotation-load");
        load.start();
        awaitOperations(operations, 10);

        Api.Response started = admin.post("/api/v1/admin/key-rotations", Map.of("new_master_version", true));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        int newVersion = started.json().get("target_version").asInt();
        assertThat(newVersion).isGreaterThan(oldVersion);
        JsonNode done = awaitDone(admin);
        int atEnd = operations.get();
        awaitOperations(operations, atEnd + 10);
        running.set(false);
        load.join();

        assertThat(failures).isEmpty();
        assertThat(done.get("state").asText()).isEqualTo("done");
        assertThat(done.get("remaining").asLong()).isZero();
        assertThat(done.get("rewrapped").asLong()).isGreaterThanOrEqualTo(30);
        assertThat(status(admin).get("live_keys_by_master_version").fieldNames())
                .toIterable()
                .containsExactly(Integer.toString(newVersion));
        List<Integer> retirable = new java.util.ArrayList<>();
        status(admin).get("retirable_versions").forEach(version -> retirable.add(version.asInt()));
        assertThat(retirable).contains(oldVersion);

        Api.Response retired = admin.delete("/api/v1/admin/master-keys/" + oldVersion);
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(Files.readString(StackFixture.stack().masterKeyFile())).doesNotContain("v" + oldVersion + "=");
        forgetCachedKeys();
        Api reads = StackFixture.queries(owner);
        for (String id : clients) {
            Api.Response read = reads.get("/api/v1/clients/" + id);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.json().get("erased").asBoolean()).isFalse();
        }
        assertThat(admin.delete("/api/v1/admin/master-keys/" + newVersion).status())
                .as("the current version is never retired")
                .isEqualTo(409);
    }

    @Test
    void onlyThePlatformAdministratorRotatesKeys() {
        Actor owner = StackFixture.newPractice(
                "Not Admin " + UUID.randomUUID().toString().substring(0, 8));
        Api commands = StackFixture.commands(owner);
        assertThat(commands.post("/api/v1/admin/key-rotations", Map.of()).status())
                .isEqualTo(403);
        assertThat(commands.get("/api/v1/admin/key-rotations/current").status()).isEqualTo(403);
        assertThat(commands.delete("/api/v1/admin/master-keys/1").status()).isEqualTo(403);
    }

    /** Registers, revises and reads (at the write's position) until told to stop; collects every failure. */
    private static void writeAndRead(
            Actor owner,
            List<String> clients,
            AtomicBoolean running,
            AtomicInteger operations,
            ConcurrentLinkedQueue<String> failures) {
        Api commands = StackFixture.commands(owner);
        Api queries = StackFixture.queries(owner);
        int i = 0;
        while (running.get()) {
            Api.Response registered = commands.post(
                    "/api/v1/clients",
                    Map.of("first_name", "During" + i, "last_name", "R", "medical_history", "שלום " + i));
            Api.Response revised =
                    commands.put("/api/v1/clients/" + clients.get(i % clients.size()), Map.of("notes", "note " + i));
            if (registered.status() != 201 || revised.status() != 200) {
                failures.add("write " + i + ": " + registered.status() + "/" + revised.status());
                continue;
            }
            clients.add(registered.id());
            Api.Response read = queries.withHeader("X-Consistency-Position", Long.toString(revised.position()))
                    .get("/api/v1/clients/" + clients.get(i % clients.size()));
            if (read.status() != 200
                    || !("note " + i).equals(read.json().get("notes").asText())) {
                failures.add("read " + i + ": " + read.status());
            }
            operations.incrementAndGet();
            i++;
        }
    }

    private static void awaitOperations(AtomicInteger operations, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (operations.get() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static JsonNode awaitDone(Api admin) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode status = status(admin);
        while ("running".equals(status.get("state").asText()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = status(admin);
        }
        return status;
    }

    private static JsonNode status(Api admin) {
        Api.Response response = admin.get("/api/v1/admin/key-rotations/current");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** As after a restart: every key is unwrapped again, now only under the new master version. */
    private static void forgetCachedKeys() {
        StackFixture.stack().commandService().getBean(DataKeys.class).forgetCachedKeys();
        StackFixture.stack().queryService().getBean(DataKeys.class).forgetCachedKeys();
    }
}
