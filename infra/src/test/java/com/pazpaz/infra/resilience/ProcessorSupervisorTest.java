package com.pazpaz.infra.resilience;

import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When the supervisor restarts a processor, on a clock of its own; the processors are stand-ins. */
class ProcessorSupervisorTest {

    private static final DatabaseProbeProperties PROPERTIES =
            new DatabaseProbeProperties(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(15));

    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final EventTrackerStatus failing = mock(EventTrackerStatus.class);
    private final EventTrackerStatus healthy = mock(EventTrackerStatus.class);
    private final Database database = new Database();
    private long now = 0;
    private ProcessorSupervisor supervisor;

    @BeforeEach
    void setUp() {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of("read-model", processor));
        when(failing.isErrorState()).thenReturn(true);
        when(processor.isRunning()).thenReturn(true);
        supervisor =
                new ProcessorSupervisor(processing, database, null, PROPERTIES, new SimpleMeterRegistry(), () -> now);
        supervisor.start();
        supervisor.stop(); // its own thread is not wanted here; ticks are driven by the test
    }

    @AfterEach
    void stopSupervisor() {
        supervisor.stop();
    }

    @Test
    void aFailingProcessorIsRestartedAfterASecondInsteadOfAxonsBackOff() {
        when(processor.processingStatus()).thenReturn(Map.of(0, failing));
        supervisor.tick();
        advance(500);
        supervisor.tick();
        verify(processor, after(200).never()).shutDown();
        advance(600);
        supervisorRunning();
        supervisor.tick();
        verify(processor, timeout(2_000)).shutDown();
        verify(processor, timeout(2_000)).start();
    }

    @Test
    void nothingIsRestartedWhileTheDatabaseIsAway() {
        when(processor.processingStatus()).thenReturn(Map.of(0, failing));
        database.available = false;
        supervisor.tick();
        advance(5_000);
        supervisor.tick();
        verify(processor, after(200).never()).shutDown();
    }

    @Test
    void aProcessorWithoutSegmentIsRestartedOnlyRightAfterTheDatabaseCameBack() {
        when(processor.processingStatus()).thenReturn(Map.of());
        supervisorRunning();
        supervisor.tick();
        advance(5_000);
        supervisor.tick();
        verify(processor, after(200).never()).shutDown();

        database.recover();
        supervisor.tick();
        verify(processor, timeout(2_000)).shutDown();
        verify(processor, timeout(2_000)).start();
    }

    @Test
    void aHealthyOrStoppedProcessorIsLeftAlone() {
        when(processor.processingStatus()).thenReturn(Map.of(0, healthy));
        database.recover();
        supervisor.tick();
        when(processor.isRunning()).thenReturn(false);
        advance(5_000);
        supervisor.tick();
        verify(processor, after(200).never()).shutDown();
    }

    private void advance(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** Restarts start a processor only while the supervisor runs (not after the application stopped it). */
    private void supervisorRunning() {
        supervisor.start();
    }

    /** A probe whose answer the test sets, and whose recovery it triggers. */
    private static final class Database extends DatabaseAvailability {
        volatile boolean available = true;
        private Runnable onRecovery = () -> {};

        Database() {
            super("jdbc:postgresql://localhost:1/none", null, null, PROPERTIES, Clock.systemUTC());
        }

        @Override
        public boolean isAvailable() {
            return available;
        }

        @Override
        public void onRecovery(Runnable listener) {
            onRecovery = listener;
        }

        void recover() {
            available = true;
            onRecovery.run();
        }
    }
}
