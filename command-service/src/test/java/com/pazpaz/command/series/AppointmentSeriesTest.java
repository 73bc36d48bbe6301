package com.pazpaz.command.series;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.AppointmentSeriesId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.location.LocationType;
import com.pazpaz.kernel.series.AppointmentSeriesBookedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesEndedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesExtendedEvent;
import com.pazpaz.kernel.series.BookAppointmentSeriesCommand;
import com.pazpaz.kernel.series.EndAppointmentSeriesCommand;
import com.pazpaz.kernel.series.ExtendAppointmentSeriesCommand;
import com.pazpaz.kernel.series.SeriesOccurrence;
import com.pazpaz.kernel.series.SeriesSchedule;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a series: booked with at least one occurrence, extended while open, its rest cancelled once. */
class AppointmentSeriesTest {

    private static final AppointmentSeriesId SERIES = AppointmentSeriesId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final ClientId CLIENT = ClientId.of(UUID.randomUUID());
    private static final SeriesSchedule SCHEDULE = new SeriesSchedule(
            "FREQ=WEEKLY", "Europe/London", LocalDateTime.parse("2027-01-04T10:00:00"), 50, LocationType.CLINIC);
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant HORIZON = Instant.parse("2027-12-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2027-12-29T00:00:00Z");
    private static final SeriesOccurrence FIRST = new SeriesOccurrence(
            AppointmentId.of(UUID.randomUUID()),
            Instant.parse("2027-01-04T10:00:00Z"),
            Instant.parse("2027-01-04T10:50:00Z"));
    private static final SeriesOccurrence NEXT = new SeriesOccurrence(
            AppointmentId.of(UUID.randomUUID()),
            Instant.parse("2027-12-06T10:00:00Z"),
            Instant.parse("2027-12-06T10:50:00Z"));
    private static final AppointmentSeriesBookedEvent BOOKED = new AppointmentSeriesBookedEvent(
            SERIES, WORKSPACE, CLIENT, SCHEDULE, List.of(FIRST), List.of(), HORIZON, false, T0);

    private AggregateTestFixture<AppointmentSeries> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AppointmentSeries.class);
    }

    @Test
    void aSeriesIsBookedWithItsOccurrences() {
        fixture.givenNoPriorActivity()
                .when(new BookAppointmentSeriesCommand(
                        SERIES, WORKSPACE, CLIENT, SCHEDULE, List.of(FIRST), List.of(), HORIZON, false, T0))
                .expectEvents(BOOKED);
    }

    @Test
    void aSeriesWithoutAnOccurrenceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new BookAppointmentSeriesCommand(
                        SERIES, WORKSPACE, CLIENT, SCHEDULE, List.of(), List.of(), HORIZON, false, T0))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void anOpenSeriesIsExtendedAndAnExtensionThatMovesNothingIsANoOp() {
        fixture.given(BOOKED)
                .when(new ExtendAppointmentSeriesCommand(
                        SERIES, WORKSPACE, List.of(NEXT), List.of(), LATER, false, LATER))
                .expectEvents(new AppointmentSeriesExtendedEvent(
                        SERIES, WORKSPACE, List.of(NEXT), List.of(), LATER, false, LATER));
        fixture.given(BOOKED)
                .when(new ExtendAppointmentSeriesCommand(SERIES, WORKSPACE, List.of(), List.of(), HORIZON, false, T0))
                .expectNoEvents();
    }

    @Test
    void anEndedSeriesIsNotExtendedNorEndedAgain() {
        AppointmentSeriesEndedEvent ended = new AppointmentSeriesEndedEvent(SERIES, WORKSPACE, T0, List.of(), T0);
        fixture.given(BOOKED, ended)
                .when(new ExtendAppointmentSeriesCommand(
                        SERIES, WORKSPACE, List.of(NEXT), List.of(), LATER, false, LATER))
                .expectException(BusinessRuleViolation.class);
        fixture.given(BOOKED, ended)
                .when(new EndAppointmentSeriesCommand(SERIES, WORKSPACE, T0, List.of(), LATER))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void theRestIsCancelledOnce() {
        fixture.given(BOOKED)
                .when(new EndAppointmentSeriesCommand(SERIES, WORKSPACE, T0, List.of(FIRST.appointmentId()), T0))
                .expectEvents(
                        new AppointmentSeriesEndedEvent(SERIES, WORKSPACE, T0, List.of(FIRST.appointmentId()), T0));
    }

    @Test
    void anOpenSeriesIsRescheduledButAnEndedOneIsNot() {
        java.time.LocalTime four = java.time.LocalTime.of(16, 0);
        fixture.given(BOOKED)
                .when(new com.pazpaz.kernel.series.RescheduleAppointmentSeriesCommand(
                        SERIES, WORKSPACE, T0, four, 60, List.of(FIRST), T0))
                .expectEvents(new com.pazpaz.kernel.series.AppointmentSeriesRescheduledEvent(
                        SERIES, WORKSPACE, T0, four, 60, List.of(FIRST), T0));
        fixture.given(BOOKED, new AppointmentSeriesEndedEvent(SERIES, WORKSPACE, T0, List.of(), T0))
                .when(new com.pazpaz.kernel.series.RescheduleAppointmentSeriesCommand(
                        SERIES, WORKSPACE, T0, four, 60, List.of(), T0))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void anotherPracticesSeriesIsNotFound() {
        fixture.given(BOOKED)
                .when(new EndAppointmentSeriesCommand(SERIES, WorkspaceId.of(UUID.randomUUID()), T0, List.of(), T0))
                .expectException(RecordNotFoundException.class);
    }
}
