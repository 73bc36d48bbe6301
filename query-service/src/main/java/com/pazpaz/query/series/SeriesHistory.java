package com.pazpaz.query.series;

import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.series.AppointmentSeriesBookedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesEndedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesExtendedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesRescheduledEvent;
import com.pazpaz.kernel.series.SeriesOccurrence;
import com.pazpaz.query.series.SeriesView.Occurrence;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A series rebuilt from its events in the event store. A series has a handful of events (booked, one extension
 * per job run that moved its horizon, ended), so no read table is kept for it.
 */
@Component
class SeriesHistory {

    private final EventStore eventStore;

    SeriesHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    Optional<SeriesView> current(UUID seriesId, UUID workspaceId) {
        List<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(seriesId.toString()).asStream().toList();
        if (events.isEmpty()
                || !(events.get(0).getPayload() instanceof AppointmentSeriesBookedEvent booked)
                || !booked.workspaceId().value().equals(workspaceId)) {
            return Optional.empty();
        }
        List<SeriesOccurrence> occurrences = new ArrayList<>(booked.occurrences());
        List<Instant> skipped = new ArrayList<>(booked.skipped());
        Instant horizon = booked.materialisedUntil();
        boolean open = !booked.exhausted();
        Instant endedFrom = null;
        Set<AppointmentId> cancelled = new HashSet<>();
        LocalDateTime firstStart = booked.schedule().firstStart();
        int duration = booked.schedule().durationMinutes();
        for (DomainEventMessage<?> message : events.subList(1, events.size())) {
            if (message.getPayload() instanceof AppointmentSeriesExtendedEvent extended) {
                occurrences.addAll(extended.occurrences());
                skipped.addAll(extended.skipped());
                horizon = extended.materialisedUntil();
                open = !extended.exhausted();
            } else if (message.getPayload() instanceof AppointmentSeriesRescheduledEvent moved) {
                moved.moved()
                        .forEach(next ->
                                occurrences.replaceAll(o -> o.appointmentId().equals(next.appointmentId()) ? next : o));
                firstStart = firstStart.toLocalDate().atTime(moved.startTime());
                duration = moved.durationMinutes();
            } else if (message.getPayload() instanceof AppointmentSeriesEndedEvent ended) {
                endedFrom = ended.from();
                cancelled.addAll(ended.cancelled());
                open = false;
            }
        }
        List<Occurrence> views = occurrences.stream()
                .map(o -> new Occurrence(
                        o.appointmentId().value(),
                        o.scheduledStart(),
                        o.scheduledEnd(),
                        cancelled.contains(o.appointmentId())))
                .toList();
        return Optional.of(new SeriesView(
                seriesId,
                booked.clientId().value(),
                booked.schedule().rule(),
                booked.schedule().timeZone(),
                firstStart,
                duration,
                booked.schedule().locationType().toString(),
                horizon,
                open,
                endedFrom,
                views,
                skipped,
                events.size()));
    }
}
