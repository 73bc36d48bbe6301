package com.pazpaz.query.appointment;

import com.pazpaz.kernel.appointment.AppointmentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRows extends JpaRepository<AppointmentRow, UUID> {

    /** The appointment, only if it belongs to the workspace. */
    Optional<AppointmentRow> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    /** Blocking appointments of the workspace overlapping [start, end) (R-APT-1, R-APT-2, R-ISO-5). */
    @Query("SELECT a FROM AppointmentRow a WHERE a.workspaceId = :workspaceId AND a.id <> :except"
            + " AND a.status IN :blocking AND a.scheduledStart < :end AND a.scheduledEnd > :start"
            + " ORDER BY a.scheduledStart")
    List<AppointmentRow> overlapping(
            UUID workspaceId, Instant start, Instant end, UUID except, List<AppointmentStatus> blocking);
}
