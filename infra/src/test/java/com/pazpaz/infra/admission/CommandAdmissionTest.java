package com.pazpaz.infra.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Turns and the pipeline wait, with real threads: a few commands at once, the rest wait, none is lost. */
class CommandAdmissionTest {

    @Test
    void atMostTheConfiguredNumberOfCommandsExecuteAtOnceAndEveryOneGetsItsTurn() throws Exception {
        CommandAdmission admission = new CommandAdmission(properties(3, Duration.ofSeconds(10), 0), () -> 0);
        AtomicInteger executing = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> commands = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                commands.add(callers.submit(() -> {
                    try (CommandAdmission.Turn turn = admission.admit()) {
                        most.accumulateAndGet(executing.incrementAndGet(), Math::max);
                        Thread.sleep(1);
                        executing.decrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> command : commands) {
                command.get(30, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(3);
        assertThat(admission.executing()).isZero();
        assertThat(admission.refused()).isZero();
    }

    @Test
    void aCommandWithoutATurnWithinTheQueueTimeoutIsRefused() throws Exception {
        CommandAdmission admission = new CommandAdmission(properties(1, Duration.ofMillis(50), 0), () -> 0);
        CommandAdmission.Turn first = admission.admit();

        long started = System.nanoTime();
        assertThatThrownBy(admission::admit).isInstanceOf(CommandAdmission.NoTurnException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(admission.refused()).isEqualTo(1);

        first.close();
        admission.admit().close();
    }

    @Test
    void aCommandWaitsWhileThePipelineIsTooFarBehindAndGoesOnOnceItCaughtUp() throws Exception {
        AtomicLong behind = new AtomicLong(100);
        CommandAdmission admission = new CommandAdmission(properties(4, Duration.ofSeconds(5), 32), behind::get);
        CountDownLatch admitted = new CountDownLatch(1);
        Thread command = new Thread(() -> {
            admission.admit().close();
            admitted.countDown();
        });
        command.start();

        assertThat(admitted.await(100, TimeUnit.MILLISECONDS))
                .as("held while 100 behind")
                .isFalse();
        behind.set(32);
        assertThat(admitted.await(1, TimeUnit.SECONDS))
                .as("32 behind is close enough")
                .isTrue();
        assertThat(admission.held()).isEqualTo(1);
    }

    @Test
    void aPipelineThatDoesNotCatchUpHoldsACommandNoLongerThanTheMaximumHold() {
        CommandAdmission admission = new CommandAdmission(properties(4, Duration.ofSeconds(5), 32), () -> 1_000);

        long started = System.nanoTime();
        admission.admit().close();
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(waited).isBetween(Duration.ofMillis(200), Duration.ofSeconds(2));
        assertThat(admission.executing()).isZero();
    }

    @Test
    void noWaitForThePipelineWhenTheLimitIsZero() {
        CommandAdmission admission = new CommandAdmission(properties(4, Duration.ofSeconds(5), 0), () -> 1_000);

        admission.admit().close();

        assertThat(admission.held()).isZero();
    }

    private static AdmissionProperties properties(int concurrency, Duration queueTimeout, long maxEventsBehind) {
        return new AdmissionProperties(
                true,
                concurrency,
                queueTimeout,
                maxEventsBehind,
                Duration.ofMillis(250),
                Duration.ofSeconds(1),
                Duration.ofMillis(5),
                List.of("read-model"));
    }
}
