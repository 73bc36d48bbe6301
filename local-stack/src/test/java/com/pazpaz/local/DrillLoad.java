package com.pazpaz.local;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * Callers registering clients and then revising each one (so that a record has events in an order to keep), as
 * fast as they are answered, each in one practice, recording every answer: what a drill checks against the event
 * store, the read tables and the topic afterwards.
 */
final class DrillLoad implements AutoCloseable {

    /** One answer: when it arrived (System.nanoTime), how long it took, and what it said. */
    record Outcome(
            String workspaceId,
            boolean revision,
            long answeredAt,
            long millis,
            int status,
            String clientId,
            String retryAfter,
            String contentType,
            String problemType) {

        boolean acknowledged() {
            return status == 201 || status == 200;
        }
    }

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Throwable> transportFailures = new ConcurrentLinkedQueue<>();
    private final CountDownLatch finished;
    private final List<Thread> callers;

    /** {@code practices} maps a workspace id to the API of its owner; {@code callersEach} callers per practice. */
    DrillLoad(Map<String, Api> practices, int callersEach) {
        finished = new CountDownLatch(practices.size() * callersEach);
        callers = practices.entrySet().stream()
                .flatMap(practice -> IntStream.range(0, callersEach)
                        .mapToObj(n ->
                                new Thread(() -> call(practice.getKey(), practice.getValue()), "drill-caller-" + n)))
                .toList();
        callers.forEach(Thread::start);
    }

    private void call(String workspaceId, Api api) {
        try {
            int n = 0;
            while (running.get()) {
                try {
                    Outcome registered = send(
                            workspaceId,
                            false,
                            null,
                            () -> api.post("/api/v1/clients", Map.of("first_name", "Drill", "last_name", "Caller")));
                    if (registered.acknowledged()) {
                        String id = registered.clientId();
                        int revision = n++;
                        while (running.get()
                                && !send(
                                                workspaceId,
                                                true,
                                                id,
                                                () -> api.put(
                                                        "/api/v1/clients/" + id,
                                                        Map.of("last_name", "Caller " + revision)))
                                        .acknowledged()) {
                            Thread.sleep(50);
                        }
                    } else {
                        Thread.sleep(50);
                    }
                } catch (UncheckedIOException e) {
                    transportFailures.add(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
        }
    }

    private Outcome send(
            String workspaceId, boolean revision, String clientId, java.util.function.Supplier<Api.Response> request) {
        long started = System.nanoTime();
        Api.Response answer = request.get();
        long answeredAt = System.nanoTime();
        boolean ok = answer.status() == 201 || answer.status() == 200;
        Outcome outcome = new Outcome(
                workspaceId,
                revision,
                answeredAt,
                (answeredAt - started) / 1_000_000,
                answer.status(),
                ok && !revision ? answer.id() : clientId,
                answer.header("Retry-After"),
                answer.header("Content-Type"),
                ok ? null : answer.json().path("type").asText(null));
        outcomes.add(outcome);
        return outcome;
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Acknowledged registrations. */
    List<Outcome> acknowledged() {
        return outcomes.stream().filter(o -> o.acknowledged() && !o.revision()).toList();
    }

    /** Acknowledged revisions. */
    List<Outcome> acknowledgedRevisions() {
        return outcomes.stream().filter(o -> o.acknowledged() && o.revision()).toList();
    }

    /** Answers that arrived after {@code since} (System.nanoTime). */
    List<Outcome> answeredAfter(long since) {
        return outcomes.stream().filter(o -> o.answeredAt() - since > 0).toList();
    }

    List<Throwable> transportFailures() {
        return List.copyOf(transportFailures);
    }

    /** Stops the callers and waits until each has had its last answer. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        finished.await();
    }
}
