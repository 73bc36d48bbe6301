package com.pazpaz.query.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.kernel.appointment.AppointmentDeletedEvent;
import com.pazpaz.kernel.appointment.AppointmentRescheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentStatus;
import com.pazpaz.kernel.appointment.AppointmentStatusChangedEvent;
import com.pazpaz.kernel.appointment.SessionNoteAction;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.location.LocationType;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How the appointment events shape an {@code appointments} row (R-APT-7: edited_at only on a real edit). */
class AppointmentRowEvolutionTest {

    private static final AppointmentId APPOINTMENT = AppointmentId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final ClientId CLIENT = ClientId.of(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");

    @Test
    void aRescheduleMovesTheSlotAndCountsAsAnEdit() {
        AppointmentRow row = AppointmentRowEvolution.apply(
                scheduled(), new AppointmentRescheduledEvent(APPOINTMENT, WORKSPACE, at(60), at(120), false, 1, at(5)));

        assertThat(row.scheduledStart()).isEqualTo(at(60));
        assertThat(row.scheduledEnd()).isEqualTo(at(120));
        assertThat(row.editCount()).isEqualTo(1);
        assertThat(row.editedAt()).isEqualTo(at(5));
        assertThat(row.updatedAt()).isEqualTo(at(5));
    }

    @Test
    void aStatusChangeThatIsNoEditTouchesOnlyUpdatedAt() {
        AppointmentRow row = AppointmentRowEvolution.apply(
                scheduled(),
                new AppointmentStatusChangedEvent(
                        APPOINTMENT, WORKSPACE, AppointmentStatus.SCHEDULED, AppointmentStatus.COMPLETED, 0, at(7)));

        assertThat(row.status()).isEqualTo(AppointmentStatus.COMPLETED);
        assertThat(row.editedAt()).isNull();
        assertThat(row.updatedAt()).isEqualTo(at(7));
    }

    @Test
    void aDeletedAppointmentHasNoRow() {
        AppointmentDeletedEvent deleted = new AppointmentDeletedEvent(
                APPOINTMENT,
                WORKSPACE,
                CLIENT,
                AppointmentStatus.SCHEDULED,
                T0,
                at(60),
                SessionNoteAction.KEEP,
                false,
                null,
                at(9));

        assertThat(AppointmentRowEvolution.apply(scheduled(), deleted)).isNull();
        assertThat(AppointmentRowEvolution.changes(deleted)).isEqualTo(APPOINTMENT.value());
    }

    private static AppointmentRow scheduled() {
        AppointmentRow row = AppointmentRowEvolution.apply(
                null,
                new AppointmentScheduledEvent(
                        APPOINTMENT, WORKSPACE, CLIENT, T0, at(60), LocationType.CLINIC, null, null, T0, null));
        assertThat(row.status()).isEqualTo(AppointmentStatus.SCHEDULED);
        assertThat(row.editCount()).isZero();
        return row;
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
