package com.pazpaz.infra.resilience;

import com.pazpaz.infra.eventstore.chain.EventChainer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps every streaming event processor of the service (projections, the Kafka relay, whatever is added later)
 * and the event chainer from sitting out a long back-off after an outage. Axon's tracking processors wait
 * 1, 2, 4 … 60 s after each failure, and a processor that lost its segment claim during an outage retries the
 * claim only after its own back-off; so after a 25 s database restart the read model would stay stale for up
 * to a minute. Every {@code pazpaz.database-probe.interval}, while the database is reachable:
 * <ul>
 *   <li>a running processor with a failing segment is restarted (shut down and started), at first after 1 s,
 *       then every {@value #MAX_RESTART_INTERVAL_SECONDS} s at most while it keeps failing (a broker outage:
 *       the relay then retries in order from its stored position, at most that long after the broker is back);
 *   <li>within {@code recovery-window} after the probe saw the database come back, a running processor that
 *       holds no segment is restarted too (its claim was lost in the outage), and a failing chainer retries at
 *       once rather than after its {@code standby-retry};
 *   <li>a processor whose restart could not start it (the store went away again) is started at the next turn.
 * </ul>
 * Restarts run on threads of their own: shutting a processor down waits for its current attempt. While the
 * database is away nothing is restarted: it would only fail again. A processor that an operator or a rebuild
 * shut down is left alone.
 */
public class ProcessorSupervisor implements SmartLifecycle {

    static final String RESTARTS = "pazpaz.processor.restarts";
    private static final Logger log = LoggerFactory.getLogger(ProcessorSupervisor.class);
    private static final long MAX_RESTART_INTERVAL_SECONDS = 2;
    private static final long FIRST_RESTART_DELAY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final EventProcessingConfiguration processing;
    private final DatabaseAvailability database;
    private final EventChainer chainer;
    private final DatabaseProbeProperties properties;
    private final MeterRegistry registry;
    private final LongSupplier nanoTime;
    private final Map<String, Failing> failing = new HashMap<>();
    /** Restarts run beside the ticks: shutting down waits for the processor's current attempt to end. */
    private final Set<String> restarting = ConcurrentHashMap.newKeySet();
    /** Shut down by a restart whose start failed (the store went away again): started again, not left down. */
    private final Set<String> leftDown = ConcurrentHashMap.newKeySet();

    private final AtomicBoolean justRecovered = new AtomicBoolean();
    private volatile long recoveredAt;
    private volatile boolean recovering;
    private final RepeatingTask beat;

    public ProcessorSupervisor(
            EventProcessingConfiguration processing,
            DatabaseAvailability database,
            EventChainer chainer,
            DatabaseProbeProperties properties,
            MeterRegistry registry) {
        this(processing, database, chainer, properties, registry, System::nanoTime);
    }

    ProcessorSupervisor(
            EventProcessingConfiguration processing,
            DatabaseAvailability database,
            EventChainer chainer,
            DatabaseProbeProperties properties,
            MeterRegistry registry,
            LongSupplier nanoTime) {
        this.processing = processing;
        this.database = database;
        this.chainer = chainer;
        this.properties = properties;
        this.registry = registry;
        this.nanoTime = nanoTime;
        this.beat = new RepeatingTask("processor-supervisor", properties.interval(), this::supervise);
        database.onRecovery(this::databaseRecovered);
    }

    /** Called on the probe's thread the moment PostgreSQL answers again; the next tick acts on it. */
    private void databaseRecovered() {
        recoveredAt = nanoTime.getAsLong();
        recovering = true;
        justRecovered.set(true);
        if (chainer != null) {
            chainer.retryNow();
        }
    }

    /** One look at every processor (what the supervisor's thread does every interval). */
    synchronized void tick() {
        if (!database.isAvailable()) {
            return;
        }
        long now = nanoTime.getAsLong();
        boolean inRecoveryWindow =
                recovering && now - recoveredAt < properties.recoveryWindow().toNanos();
        if (recovering && !inRecoveryWindow) {
            recovering = false;
        }
        // the database just came back: no reason to wait before the first restart
        boolean freshRecovery = justRecovered.getAndSet(false);
        if (inRecoveryWindow && chainer != null && chainer.isFailing()) {
            chainer.retryNow();
        }
        for (Map.Entry<String, EventProcessor> entry :
                processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor processor
                    && (processor.isRunning() || leftDown.contains(entry.getKey()))) {
                supervise(entry.getKey(), processor, now, inRecoveryWindow, freshRecovery);
            }
        }
    }

    private void supervise(
            String name, StreamingEventProcessor processor, long now, boolean inRecoveryWindow, boolean freshRecovery) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        boolean errored = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        boolean unclaimed = segments.isEmpty() && inRecoveryWindow;
        boolean down = !processor.isRunning();
        if (!errored && !unclaimed && !down) {
            failing.remove(name);
            return;
        }
        Failing state = failing.computeIfAbsent(name, n -> new Failing(now + FIRST_RESTART_DELAY_NANOS));
        if (freshRecovery) {
            state.nextRestart = now;
        }
        if (now >= state.nextRestart && restarting.add(name)) {
            String reason = down
                    ? "its last restart did not start it"
                    : errored ? "a segment is failing" : "it holds no segment after the outage";
            Thread restart = new Thread(() -> restart(name, processor, reason), "processor-restart-" + name);
            restart.setDaemon(true);
            restart.start();
            state.interval = Math.min(state.interval * 2, TimeUnit.SECONDS.toNanos(MAX_RESTART_INTERVAL_SECONDS));
            state.nextRestart = nanoTime.getAsLong() + state.interval;
        }
    }

    private void restart(String name, StreamingEventProcessor processor, String reason) {
        long startedAt = System.nanoTime();
        try {
            leftDown.add(name);
            processor.shutDown();
            if (!beat.isRunning()) {
                return;
            }
            processor.start();
            leftDown.remove(name);
            Counter.builder(RESTARTS)
                    .description("Restarts of an event processor by the supervisor, instead of Axon's back-off")
                    .tag("processing_group", name)
                    .register(registry)
                    .increment();
            log.info(
                    "Restarted event processor {} because {} ({} ms)",
                    name,
                    reason,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
        } catch (RuntimeException e) {
            log.warn("Could not restart event processor {} (trying again shortly): {}", name, e.toString());
        } finally {
            restarting.remove(name);
        }
    }

    private void supervise() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("Processor supervision failed: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        beat.start();
    }

    @Override
    public void stop() {
        try {
            beat.stop(Duration.ofSeconds(10));
            // a restart under way must not start its processor after Axon has shut the processors down
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!restarting.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return beat.isRunning();
    }

    /** After Axon has started its processors; stopped before Axon shuts them down. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    /** A processor that fails or lost its claim: when to restart it next, and the interval after that. */
    private static final class Failing {
        long nextRestart;
        long interval = TimeUnit.SECONDS.toNanos(1);

        Failing(long nextRestart) {
            this.nextRestart = nextRestart;
        }
    }
}
