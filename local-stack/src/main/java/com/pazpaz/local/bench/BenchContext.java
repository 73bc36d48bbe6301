package com.pazpaz.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.TokenIssuer;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.local.LocalStack;
import com.pazpaz.local.LocalStackConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What every scenario needs: the running stack, the rounds and window, the report, and tokens for any actor. */
final class BenchContext {

    final LocalStack stack;
    final int rounds;
    final Duration window;
    final Report report;
    final Actor ownerActor;
    final Http owner;

    BenchContext(LocalStack stack, int rounds, Duration window, Report report, Actor owner) {
        this.stack = stack;
        this.rounds = rounds;
        this.window = window;
        this.report = report;
        this.ownerActor = owner;
        this.owner = as(owner);
    }

    /** A benchmark drives one user far past the read rate limit (decision 179); its reservations still run (300). */
    static final String UNLIMITED_READS = "--pazpaz.read-limits.per-minute=" + Integer.MAX_VALUE;

    /**
     * A durable local stack (fsync and synchronous_commit on) in a new temporary directory, on free ports; the
     * directory is deleted when the stack is closed.
     */
    static LocalStack startDurableStack(String directoryPrefix) throws IOException {
        Path directory = Files.createTempDirectory(directoryPrefix);
        return LocalStack.start(
                        new LocalStackConfig(directory, 0, 0, 0, 0, null, "postgres", "postgres", null, true),
                        UNLIMITED_READS)
                .deletingItsDataWhenClosed();
    }

    String command(String path) {
        return stack.commandBaseUrl() + path;
    }

    String query(String path) {
        return stack.queryBaseUrl() + path;
    }

    /** An HTTP client with a freshly minted token of the actor (a user the practice has: unknown users are refused). */
    Http as(Actor actor) {
        return new Http(stack.commandService().getBean(TokenIssuer.class).issue(actor));
    }

    Http admin() {
        return as(new Actor(UserId.of(stack.platformAdminId()), null, Role.PLATFORM_ADMIN));
    }

    /** Opens a new practice through the API and returns its owner. */
    Actor newPractice(String name) throws Exception {
        String body = "{\"name\":\"" + name + "\",\"owner_email\":\"owner@"
                + name.toLowerCase().replace(' ', '-') + ".bench\",\"owner_full_name\":\"Bench Owner\"}";
        JsonNode created = admin().post(command("/api/v1/workspaces"), body);
        return new Actor(
                UserId.of(created.get("owner_user_id").asText()),
                WorkspaceId.of(created.get("id").asText()),
                Role.OWNER);
    }

    List<LoadResult> repeat(Round round) throws Exception {
        List<LoadResult> results = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            results.add(round.run());
        }
        return results;
    }

    /** Polls the URL until it answers 200 (a seeded record has been projected). */
    void awaitReadable(Http http, String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (http.get(url) != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not readable after 60 s: " + url);
            }
            Thread.sleep(20);
        }
    }

    /** One measured round; any setup inside it stays outside the timed load. */
    @FunctionalInterface
    interface Round {
        LoadResult run() throws Exception;
    }
}
