package com.pazpaz.command.series;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.AppointmentSeriesId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.series.AppointmentSeriesBookedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesEndedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesExtendedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesRescheduledEvent;
import com.pazpaz.kernel.series.BookAppointmentSeriesCommand;
import com.pazpaz.kernel.series.EndAppointmentSeriesCommand;
import com.pazpaz.kernel.series.ExtendAppointmentSeriesCommand;
import com.pazpaz.kernel.series.RescheduleAppointmentSeriesCommand;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A series of recurring appointments. It holds the rule and how far ahead it is booked; its occurrences are
 * ordinary appointments, scheduled in the same transaction as the series' own events. An ended series (the rest
 * cancelled) or an exhausted one (its rule has no more occurrences) books nothing more.
 */
@Aggregate
class AppointmentSeries {

    @AggregateIdentifier
    private AppointmentSeriesId seriesId;

    private WorkspaceId workspaceId;
    private Instant materialisedUntil;
    private boolean exhausted;
    private boolean ended;

    AppointmentSeries() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    AppointmentSeries(BookAppointmentSeriesCommand command) {
        if (command.occurrences().isEmpty()) {
            throw new BusinessRuleViolation("A series must book at least one occurrence");
        }
        apply(new AppointmentSeriesBookedEvent(
                command.seriesId(),
                command.workspaceId(),
                command.clientId(),
                command.schedule(),
                command.occurrences(),
                command.skipped(),
                command.materialisedUntil(),
                command.exhausted(),
                command.bookedAt()));
    }

    @CommandHandler
    void handle(ExtendAppointmentSeriesCommand command) {
        requireWorkspace(command.workspaceId());
        if (ended || exhausted) {
            // refused, not ignored: the occurrences sent in the same transaction must not be booked either
            throw new BusinessRuleViolation(Kind.CONFLICT, "The series books no more occurrences");
        }
        if (!command.materialisedUntil().isAfter(materialisedUntil)) {
            return;
        }
        apply(new AppointmentSeriesExtendedEvent(
                seriesId,
                workspaceId,
                command.occurrences(),
                command.skipped(),
                command.materialisedUntil(),
                command.exhausted(),
                command.extendedAt()));
    }

    @CommandHandler
    void handle(EndAppointmentSeriesCommand command) {
        requireWorkspace(command.workspaceId());
        if (ended) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "The rest of this series is already cancelled");
        }
        apply(new AppointmentSeriesEndedEvent(
                seriesId, workspaceId, command.from(), command.cancelled(), command.endedAt()));
    }

    @CommandHandler
    void handle(RescheduleAppointmentSeriesCommand command) {
        requireWorkspace(command.workspaceId());
        if (ended) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "The rest of this series is cancelled");
        }
        apply(new AppointmentSeriesRescheduledEvent(
                seriesId,
                workspaceId,
                command.from(),
                command.startTime(),
                command.durationMinutes(),
                command.moved(),
                command.rescheduledAt()));
    }

    /** Another practice's series is answered exactly like one that does not exist. */
    private void requireWorkspace(WorkspaceId caller) {
        if (!workspaceId.equals(caller)) {
            throw new RecordNotFoundException();
        }
    }

    @EventSourcingHandler
    void on(AppointmentSeriesBookedEvent event) {
        seriesId = event.seriesId();
        workspaceId = event.workspaceId();
        materialisedUntil = event.materialisedUntil();
        exhausted = event.exhausted();
    }

    @EventSourcingHandler
    void on(AppointmentSeriesExtendedEvent event) {
        materialisedUntil = event.materialisedUntil();
        exhausted = event.exhausted();
    }

    @EventSourcingHandler
    void on(AppointmentSeriesEndedEvent event) {
        ended = true;
    }
}
