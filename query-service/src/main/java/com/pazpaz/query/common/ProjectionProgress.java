package com.pazpaz.query.common;

import java.util.Map;
import java.util.Optional;
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
     * True once every event up to {@code position} is applied, with no transaction below it still in flight (no gap
     * at or below it): then nothing stored by that position is missing from the read model.
     */
    public boolean hasAppliedEverythingUpTo(long position) {
        Optional<StreamingEventProcessor> processor =
                processing.eventProcessor(ReadModel.PROCESSING_GROUP, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            return false;
        }
        Map<Integer, EventTrackerStatus> segments = processor.get().processingStatus();
        return !segments.isEmpty() && segments.values().stream()
                .allMatch(status -> coversEverything(status.getTrackingToken(), position));
    }

    /** The lowest position every segment has reached, for health and metrics; -1 before the first event. */
    public long appliedPosition() {
        return processing.eventProcessor(ReadModel.PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(p -> p.processingStatus().values().stream()
                        .mapToLong(s -> s.getCurrentPosition().orElse(-1))
                        .min().orElse(-1))
                .orElse(-1L);
    }

    private static boolean coversEverything(TrackingToken token, long position) {
        if (position < 0) {
            return true;
        }
        GapAwareTrackingToken gapAware = WrappedToken.unwrap(token, GapAwareTrackingToken.class).orElse(null);
        if (gapAware == null) {
            return token != null && token.position().orElse(-1) >= position;
        }
        return gapAware.getIndex() >= position && gapAware.getGaps().headSet(position + 1).isEmpty();
    }

    private static boolean covers(TrackingToken token, long position) {
        GapAwareTrackingToken gapAware = WrappedToken.unwrap(token, GapAwareTrackingToken.class).orElse(null);
        if (gapAware == null) {
            return token != null && token.position().orElse(-1) >= position;
        }
        return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
    }
}
