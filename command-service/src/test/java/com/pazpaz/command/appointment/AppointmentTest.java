package com.pazpaz.command.appointment;

import com.pazpaz.kernel.appointment.AppointmentDeletedEvent;
import com.pazpaz.kernel.appointment.AppointmentDetailsEditedEvent;
import com.pazpaz.kernel.appointment.AppointmentRescheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentRevision;
import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentStatus;
import com.pazpaz.kernel.appointment.AppointmentStatusChangedEvent;
import com.pazpaz.kernel.appointment.CompleteAppointmentCommand;
import com.pazpaz.kernel.appointment.DeleteAppointmentCommand;
import com.pazpaz.kernel.appointment.ReviseAppointmentCommand;
import com.pazpaz.kernel.appointment.ScheduleAppointmentCommand;
import com.pazpaz.kernel.appointment.SessionNoteAction;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.location.LocationType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of the appointment aggregate (R-APT-5..8, R-SES-3, R-APD-5), given events, when a command, then. */
class AppointmentTest {

    private static final AppointmentId ID = AppointmentId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final ClientId CLIENT = ClientId.of(UUID.randomUUID());
    private static final ClientId OTHER_CLIENT = ClientId.of(UUID.randomUUID());
    private static final Instant START = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant END = Instant.parse("2026-03-10T10:00:00Z");
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-02T08:00:00Z");
    private static final EncryptedValue NOTES = EncryptedValue.of("k1:notes".getBytes(StandardCharsets.US_ASCII));
    private static final AppointmentScheduledEvent SCHEDULED = new AppointmentScheduledEvent(
            ID, WORKSPACE, CLIENT, START, END, LocationType.CLINIC, null, NOTES, T0, null);

    private AggregateTestFixture<Appointment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Appointment.class);
    }

    private static ReviseAppointmentCommand revise(
            AppointmentRevision revision, boolean allowConflict, boolean activeNote) {
        return new ReviseAppointmentCommand(ID, WORKSPACE, revision, allowConflict, activeNote, T1, null);
    }

    private static AppointmentRevision times(Instant start, Instant end) {
        return new AppointmentRevision(null, start, end, null, false, null, false, null, null);
    }

    private static AppointmentRevision status(AppointmentStatus status) {
        return new AppointmentRevision(null, null, null, null, false, null, false, null, status);
    }

    private static AppointmentStatusChangedEvent changed(AppointmentStatus from, AppointmentStatus to, int edits) {
        return new AppointmentStatusChangedEvent(ID, WORKSPACE, from, to, edits, T0);
    }

    @Test
    void schedulingRecordsTheAppointment() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleAppointmentCommand(
                        ID, WORKSPACE, CLIENT, START, END, LocationType.CLINIC, null, NOTES, T0, null))
                .expectEvents(SCHEDULED);
    }

    @Test
    void anEndNotAfterTheStartIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleAppointmentCommand(
                        ID, WORKSPACE, CLIENT, END, END, LocationType.CLINIC, null, null, T0, null))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("scheduled_end must be after scheduled_start");
        fixture.given(SCHEDULED)
                .when(revise(times(null, START.minusSeconds(60)), false, false))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void reschedulingIsAnEditAndCarriesTheConflictChoice() {
        Instant later = END.plusSeconds(3600);
        fixture.given(SCHEDULED)
                .when(revise(times(END, later), true, false))
                .expectEvents(new AppointmentRescheduledEvent(ID, WORKSPACE, END, later, true, 1, T1));
    }

    @Test
    void anEditThatChangesNothingRecordsNothing() {
        fixture.given(SCHEDULED).when(revise(times(START, END), false, false)).expectNoEvents();
        fixture.given(SCHEDULED)
                .when(revise(status(AppointmentStatus.SCHEDULED), false, false))
                .expectNoEvents();
    }

    @Test
    void oneRequestChangingSeveralThingsCountsAsOneEdit() {
        AppointmentRevision revision = new AppointmentRevision(
                OTHER_CLIENT,
                null,
                END.plusSeconds(60),
                LocationType.HOME,
                false,
                null,
                true,
                null,
                AppointmentStatus.CANCELLED);
        fixture.given(SCHEDULED)
                .when(revise(revision, false, false))
                .expectEvents(
                        new AppointmentRescheduledEvent(ID, WORKSPACE, START, END.plusSeconds(60), false, 1, T1),
                        new AppointmentDetailsEditedEvent(
                                ID, WORKSPACE, OTHER_CLIENT, LocationType.HOME, null, null, 1, T1),
                        new AppointmentStatusChangedEvent(
                                ID, WORKSPACE, AppointmentStatus.SCHEDULED, AppointmentStatus.CANCELLED, 1, T1));
    }

    @Test
    void aCompletedAppointmentCannotGoBackToScheduled() {
        fixture.given(SCHEDULED, changed(AppointmentStatus.SCHEDULED, AppointmentStatus.COMPLETED, 0))
                .when(revise(status(AppointmentStatus.SCHEDULED), false, false))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("Cannot change completed appointment back to scheduled. "
                        + "This prevents data integrity issues.");
    }

    @Test
    void aCompletedAppointmentWithASessionNoteCannotBeCancelled() {
        fixture.given(SCHEDULED, changed(AppointmentStatus.SCHEDULED, AppointmentStatus.COMPLETED, 0))
                .when(revise(status(AppointmentStatus.CANCELLED), false, true))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void aCompletedAppointmentWithoutSessionNoteMayBeCancelled() {
        fixture.given(SCHEDULED, changed(AppointmentStatus.SCHEDULED, AppointmentStatus.COMPLETED, 0))
                .when(revise(status(AppointmentStatus.CANCELLED), false, false))
                .expectEvents(new AppointmentStatusChangedEvent(
                        ID, WORKSPACE, AppointmentStatus.COMPLETED, AppointmentStatus.CANCELLED, 1, T1));
    }

    @Test
    void aCancelledAppointmentMayBeRestored() {
        fixture.given(SCHEDULED, changed(AppointmentStatus.SCHEDULED, AppointmentStatus.CANCELLED, 1))
                .when(revise(status(AppointmentStatus.SCHEDULED), false, false))
                .expectEvents(new AppointmentStatusChangedEvent(
                        ID, WORKSPACE, AppointmentStatus.CANCELLED, AppointmentStatus.SCHEDULED, 2, T1));
    }

    @Test
    void autoCompletionCompletesAScheduledAppointmentWithoutCountingAnEdit() {
        fixture.given(SCHEDULED)
                .when(new CompleteAppointmentCommand(ID, WORKSPACE, T1))
                .expectEvents(new AppointmentStatusChangedEvent(
                        ID, WORKSPACE, AppointmentStatus.SCHEDULED, AppointmentStatus.COMPLETED, 0, T1));
    }

    @Test
    void autoCompletionLeavesOtherStatusesAlone() {
        fixture.given(SCHEDULED, changed(AppointmentStatus.SCHEDULED, AppointmentStatus.NO_SHOW, 1))
                .when(new CompleteAppointmentCommand(ID, WORKSPACE, T1))
                .expectNoEvents();
    }

    @Test
    void deletingRecordsTheFactsTheAuditAndSessionNotesNeed() {
        fixture.given(SCHEDULED, changed(AppointmentStatus.SCHEDULED, AppointmentStatus.COMPLETED, 0))
                .when(new DeleteAppointmentCommand(ID, WORKSPACE, SessionNoteAction.DELETE, true, null, T1, null))
                .expectEvents(new AppointmentDeletedEvent(
                        ID,
                        WORKSPACE,
                        CLIENT,
                        AppointmentStatus.COMPLETED,
                        START,
                        END,
                        SessionNoteAction.DELETE,
                        true,
                        null,
                        T1));
    }

    @Test
    void aDeletedAppointmentAcceptsNoMoreCommands() {
        fixture.given(
                        SCHEDULED,
                        new AppointmentDeletedEvent(
                                ID,
                                WORKSPACE,
                                CLIENT,
                                AppointmentStatus.SCHEDULED,
                                START,
                                END,
                                SessionNoteAction.KEEP,
                                false,
                                null,
                                T1))
                .when(revise(status(AppointmentStatus.CANCELLED), false, false))
                .expectException(AggregateDeletedException.class);
    }

    @Test
    void anotherWorkspacesAppointmentIsNotFound() {
        fixture.given(SCHEDULED)
                .when(new CompleteAppointmentCommand(ID, WorkspaceId.of(UUID.randomUUID()), T1))
                .expectException(RecordNotFoundException.class);
    }
}
