package com.pazpaz.command.series;

import com.pazpaz.command.client.ClientLookup;
import com.pazpaz.command.common.QueryLocations;
import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.eventstore.RecordPositions;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.appointment.AppointmentRevision;
import com.pazpaz.kernel.appointment.AppointmentStatus;
import com.pazpaz.kernel.appointment.ReviseAppointmentCommand;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.AppointmentSeriesId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.series.EndAppointmentSeriesCommand;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Series of recurring appointments (docs/recurring-appointments.md): book one, move this and the following (or
 * all) occurrences, cancel the rest. Each occurrence is an ordinary appointment: edit or cancel one occurrence
 * through {@code /api/v1/appointments/{id}}.
 */
@RestController
@PhiEndpoint("Appointment")
class AppointmentSeriesCommandController {

    private final SeriesBooking booking;
    private final SeriesDirectory directory;
    private final SeriesTransaction transaction;
    private final ClientLookup clients;
    private final RecordPositions positions;
    private final QueryLocations locations;
    private final Clock clock;

    AppointmentSeriesCommandController(
            SeriesBooking booking,
            SeriesDirectory directory,
            SeriesTransaction transaction,
            ClientLookup clients,
            RecordPositions positions,
            QueryLocations locations,
            Clock clock) {
        this.booking = booking;
        this.directory = directory;
        this.transaction = transaction;
        this.clients = clients;
        this.positions = positions;
        this.locations = locations;
        this.clock = clock;
    }

    @PostMapping("/api/v1/appointment-series")
    ResponseEntity<SeriesResponse> book(Actor actor, @Valid @RequestBody BookSeriesRequest request) {
        WorkspaceId workspace = actor.requireWorkspace();
        ClientId client = ClientId.of(request.clientId());
        if (!clients.existsInWorkspace(client, workspace)) {
            throw new RecordNotFoundException();
        }
        AppointmentSeriesId id = AppointmentSeriesId.of(UUID.randomUUID());
        SeriesBooking.Booked booked =
                booking.book(id, workspace, client, request.schedule(), request.skipConflicts(), clock.instant());
        return ResponseEntity.created(locations.of("/api/v1/appointment-series/" + id))
                .eTag("1")
                .body(new SeriesResponse(
                        id.value(), 1, booked.position(), booked.occurrences(), booked.skipped(), List.of()));
    }

    /** Cancels the series' scheduled occurrences from {@code from} on, and ends it: nothing more is booked. */
    @PostMapping("/api/v1/appointment-series/{seriesId}/cancel")
    ResponseEntity<SeriesResponse> cancelRest(
            Actor actor, @PathVariable UUID seriesId, @Valid @RequestBody CancelSeriesRequest request) {
        WorkspaceId workspace = actor.requireWorkspace();
        AppointmentSeriesId id = AppointmentSeriesId.of(seriesId);
        directory.find(id, workspace).orElseThrow(RecordNotFoundException::new);
        Instant now = clock.instant();
        List<AppointmentId> cancelled = directory.scheduledFrom(id, request.from());
        List<Object> commands = new ArrayList<>();
        commands.add(new EndAppointmentSeriesCommand(id, workspace, request.from(), cancelled, now));
        AppointmentRevision cancel =
                new AppointmentRevision(null, null, null, null, false, null, false, null, AppointmentStatus.CANCELLED);
        cancelled.forEach(appointment ->
                commands.add(new ReviseAppointmentCommand(appointment, workspace, cancel, false, false, now, null)));
        long position = transaction.sendAll(commands);
        long version = positions
                .latest(id.toString())
                .map(RecordPositions.RecordPosition::version)
                .orElse(0L);
        return ResponseEntity.ok()
                .eTag(Long.toString(version))
                .body(new SeriesResponse(id.value(), version, position, List.of(), List.of(), cancelled));
    }

    /**
     * Edit this and the following occurrences ({@code from} = this one's start) or all of them ({@code from}
     * absent): still-scheduled occurrences move to the new local start time and length; later ones follow.
     */
    @PutMapping("/api/v1/appointment-series/{seriesId}/occurrences")
    ResponseEntity<SeriesResponse> reschedule(
            Actor actor, @PathVariable UUID seriesId, @Valid @RequestBody RescheduleSeriesRequest request) {
        WorkspaceId workspace = actor.requireWorkspace();
        AppointmentSeriesId id = AppointmentSeriesId.of(seriesId);
        SeriesDirectory.Series series = directory.find(id, workspace).orElseThrow(RecordNotFoundException::new);
        Instant from = request.from() == null ? Instant.EPOCH : request.from();
        SeriesBooking.Booked moved = booking.reschedule(
                series,
                from,
                request.startTime(),
                request.durationMinutes(),
                directory.scheduledOccurrencesFrom(id, from),
                clock.instant());
        long version = positions
                .latest(id.toString())
                .map(RecordPositions.RecordPosition::version)
                .orElse(0L);
        return ResponseEntity.ok()
                .eTag(Long.toString(version))
                .body(new SeriesResponse(
                        id.value(), version, moved.position(), moved.occurrences(), List.of(), List.of()));
    }

    /** 409 listing each occurrence that collides and the appointments in its way. */
    @ExceptionHandler(SeriesConflictException.class)
    ProblemDetail conflicting(SeriesConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("conflicting_occurrences", e.collisions());
        return problem;
    }
}
