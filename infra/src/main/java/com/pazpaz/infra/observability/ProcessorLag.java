package com.pazpaz.infra.observability;

import com.pazpaz.infra.eventstore.EventStoreHead;
import com.pazpaz.infra.eventstore.chain.EventChainer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * How far each streaming event processor of this service (projections, the Kafka publisher, and whatever
 * processors are added later) is behind the newest stored event, and, where it runs, how far the event chainer
 * is behind the committed events (as processor {@value EventChainer#NAME}). Measured at most once per second,
 * however often health probes and metric scrapes ask.
 */
public class ProcessorLag {

    private static final Duration MAX_AGE_OF_MEASUREMENT = Duration.ofSeconds(1);

    private final EventProcessingConfiguration processing;
    private final EventStoreHead head;
    private final Clock clock;
    private final EventChainer chainer;
    private Map<String, Lag> lastMeasured = Map.of();
    private Instant measuredAt = Instant.MIN;

    public ProcessorLag(EventProcessingConfiguration processing, EventStoreHead head, Clock clock) {
        this(processing, head, clock, null);
    }

    /** Also measures the event chainer; {@code chainer} is null in a service that does not run one. */
    public ProcessorLag(
            EventProcessingConfiguration processing, EventStoreHead head, Clock clock, EventChainer chainer) {
        this.processing = processing;
        this.head = head;
        this.clock = clock;
        this.chainer = chainer;
    }

    /** The lag of every streaming processor, by processor (processing group) name. */
    public synchronized Map<String, Lag> current() {
        Instant now = clock.instant();
        if (Duration.between(measuredAt, now).compareTo(MAX_AGE_OF_MEASUREMENT) >= 0) {
            lastMeasured = measure(now);
            measuredAt = now;
        }
        return lastMeasured;
    }

    private Map<String, Lag> measure(Instant now) {
        Map<String, Lag> lags = new TreeMap<>();
        long headPosition = head.position();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                lags.put(name, lagOf(streaming, headPosition, now));
            }
        });
        if (chainer != null) {
            lags.put(EventChainer.NAME, lagOf(chainer));
        }
        return lags;
    }

    /** A failing chainer is this instance's problem; a standing-by one leaves the lag to the active one. */
    private static Lag lagOf(EventChainer chainer) {
        if (!chainer.isActive() && !chainer.isFailing()) {
            return new Lag(0, Duration.ZERO, chainer.isRunning(), false, false);
        }
        EventChainer.Backlog backlog = chainer.backlog();
        return new Lag(backlog.events(), backlog.age(), chainer.isRunning(), chainer.isFailing(), true);
    }

    private Lag lagOf(StreamingEventProcessor processor, long headPosition, Instant now) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        if (segments.isEmpty()) {
            // another instance holds every segment (or this one has not claimed yet): its lag is reported there
            return new Lag(0, Duration.ZERO, processor.isRunning(), false, false);
        }
        long position = segments.values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1))
                .min()
                .orElse(-1);
        boolean errored = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        long events = Math.max(0, headPosition - position);
        Duration age = events == 0
                ? Duration.ZERO
                : head.firstEventTimeAfter(position)
                        .map(oldestUnseen -> Duration.between(oldestUnseen, now))
                        .filter(duration -> !duration.isNegative())
                        .orElse(Duration.ZERO);
        return new Lag(events, age, processor.isRunning(), errored, true);
    }

    /**
     * One processor's distance from the head of the event store.
     *
     * @param events  stored events it has not processed yet
     * @param age     how long ago the oldest of those was stored (zero when it is up to date)
     * @param running whether the processor runs at all
     * @param errored whether a segment is failing and retrying (a stuck projection or publisher)
     * @param claimed whether this instance processes any segment; when not, the others measure the lag
     */
    public record Lag(long events, Duration age, boolean running, boolean errored, boolean claimed) {}
}
