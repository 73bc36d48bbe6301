package com.pazpaz.local;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * Callers registering clients as fast as they are answered, each in one practice, recording every answer: what
 * a drill checks against the event store, the read tables and the topic afterwards.
 */
final class DrillLoad implements AutoCloseable {

    /** One answer: when it arrived (System.nanoTime), how long it took, and what it said. */
    record Outcome(String workspaceId, long answeredAt, long millis, int status, String clientId, String retryAfter,
                   String contentType, String problemType) {

        boolean acknowledged() {
            return status == 201;
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
                        .mapToObj(n -> new Thread(() -> call(practice.getKey(), practice.getValue()),
                                "drill-caller-" + n)))
                .toList();
        callers.forEach(Thread::start);
    }

    private void call(String workspaceId, Api api) {
        try {
            int n = 0;
            while (running.get()) {
                long started = System.nanoTime();
                try {
                    Api.Response answer = api.post("/api/v1/clients",
                            Map.of("first_name", "Drill", "last_name", "Caller " + n++));
                    long answeredAt = System.nanoTime();
                    outcomes.add(new Outcome(workspaceId, answeredAt, (answeredAt - started) / 1_000_000,
                            answer.status(), answer.status() == 201 ? answer.id() : null,
                            answer.header("Retry-After"), answer.header("Content-Type"),
                            answer.status() == 201 ? null : answer.json().path("type").asText(null)));
                    if (answer.status() != 201) {
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

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    List<Outcome> acknowledged() {
        return outcomes.stream().filter(Outcome::acknowledged).toList();
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
