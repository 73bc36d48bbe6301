package com.pazpaz.query.common;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

/** Whether the read model has applied a given global event position. */
@Component
public class ProjectionProgress {

    private final EventProcessingConfiguration processing;

    ProjectionProgress(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /**
     * True once the event at {@code position} is applied. Only that event matters: unrelated transactions
     * still in flight below it (gaps in the tracking token) do not hold the caller up.
     */
    public boolean hasApplied(long position) {
        Optional<StreamingEventProcessor> processor =
                processing.eventProcessor(ReadModel.PROCESSING_GROUP, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            return false;
        }
        Map<Integer, EventTrackerStatus> segments = processor.get().processingStatus();
        return !segments.isEmpty()
                && segments.values().stream().allMatch(status -> covers(status.getTrackingToken(), position));
    }

    /**
     * The positions at or below {@code position} that the read model has not applied although it has moved past
     * them (the tracking tokens' gaps: transactions rolled back, or still in flight, or committed late), once every
     * segment has reached {@code position}; empty while any segment is still below it.
     */
    public Optional<Set<Long>> skippedUpTo(long position) {
        Optional<StreamingEventProcessor> processor =
                processing.eventProcessor(ReadModel.PROCESSING_GROUP, StreamingEventProcessor.class);
        if (processor.isEmpty() || processor.get().processingStatus().isEmpty()) {
            return Optional.empty();
        }
        Set<Long> skipped = new TreeSet<>();
        for (EventTrackerStatus status : processor.get().processingStatus().values()) {
            TrackingToken token = status.getTrackingToken();
            GapAwareTrackingToken gapAware =
                    WrappedToken.unwrap(token, GapAwareTrackingToken.class).orElse(null);
            long reached = gapAware != null
                    ? gapAware.getIndex()
                    : token == null ? -1 : token.position().orElse(-1);
            if (reached < position) {
                return Optional.empty();
            }
            if (gapAware != null) {
                skipped.addAll(gapAware.getGaps().headSet(position + 1));
            }
        }
        return Optional.of(skipped);
    }

    /** The lowest position every segment has reached, for health and metrics; -1 before the first event. */
    public long appliedPosition() {
        return processing
                .eventProcessor(ReadModel.PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(p -> p.processingStatus().values().stream()
                        .mapToLong(s -> s.getCurrentPosition().orElse(-1))
                        .min()
                        .orElse(-1))
                .orElse(-1L);
    }

    private static boolean covers(TrackingToken token, long position) {
        GapAwareTrackingToken gapAware =
                WrappedToken.unwrap(token, GapAwareTrackingToken.class).orElse(null);
        if (gapAware == null) {
            return token != null && token.position().orElse(-1) >= position;
        }
        return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
    }
}
