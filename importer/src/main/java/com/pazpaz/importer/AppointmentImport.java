package com.pazpaz.importer;

import com.pazpaz.command.appointment.AppointmentFieldCipher;
import com.pazpaz.importer.ImportSteps.Act;
import com.pazpaz.kernel.appointment.AppointmentRevision;
import com.pazpaz.kernel.appointment.AppointmentStatus;
import com.pazpaz.kernel.appointment.ReviseAppointmentCommand;
import com.pazpaz.kernel.appointment.ScheduleAppointmentCommand;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.location.LocationType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appointments, through the same conflict check as a booking here: one that overlaps an imported appointment
 * is reported, not imported. A status other than scheduled is set by a revision after the booking. The reference's
 * plaintext {@code notes} and {@code location_details} are encrypted with the client's key.
 */
final class AppointmentImport {

    private final JdbcTemplate reference;
    private final ImportSteps steps;
    private final AppointmentFieldCipher cipher;
    private final ImportedPractices practices;

    AppointmentImport(
            JdbcTemplate reference, ImportSteps steps, AppointmentFieldCipher cipher, ImportedPractices practices) {
        this.reference = reference;
        this.steps = steps;
        this.cipher = cipher;
        this.practices = practices;
    }

    void importAll() {
        reference.query("SELECT * FROM appointments ORDER BY created_at, id", rs -> {
            appointment(rs);
        });
    }

    private void appointment(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID workspaceId = rs.getObject("workspace_id", UUID.class);
        UUID owner = practices.ownerFor("appointments", id, workspaceId);
        if (owner == null) {
            return;
        }
        AppointmentId appointment = AppointmentId.of(id);
        ClientId client = ClientId.of(rs.getObject("client_id", UUID.class));
        WorkspaceId workspace = WorkspaceId.of(workspaceId);
        Instant start = PracticeImport.time(rs, "scheduled_start");
        Instant end = PracticeImport.time(rs, "scheduled_end");
        LocationType locationType =
                LocationType.fromJson(rs.getString("location_type").toLowerCase(Locale.ROOT));
        String details = rs.getString("location_details");
        String notes = rs.getString("notes");
        AppointmentStatus status =
                AppointmentStatus.fromJson(rs.getString("status").toLowerCase(Locale.ROOT));
        Instant createdAt = PracticeImport.time(rs, "created_at");
        Instant updatedAt = PracticeImport.time(rs, "updated_at");
        UUID serviceId = rs.getObject("service_id", UUID.class);
        ServiceId service = serviceId == null ? null : ServiceId.of(serviceId);
        steps.row(
                "appointments",
                () -> steps.run(
                                "appointments",
                                id,
                                "scheduled",
                                new Act(workspaceId, owner, createdAt),
                                appointment,
                                () -> new ScheduleAppointmentCommand(
                                        appointment,
                                        workspace,
                                        client,
                                        start,
                                        end,
                                        locationType,
                                        encrypt(appointment, client, AppointmentFieldCipher.LOCATION_DETAILS, details),
                                        encrypt(appointment, client, AppointmentFieldCipher.NOTES, notes),
                                        createdAt,
                                        service))
                        && (status == AppointmentStatus.SCHEDULED
                                || steps.run(
                                        "appointments",
                                        id,
                                        "status",
                                        new Act(workspaceId, owner, updatedAt),
                                        appointment,
                                        () -> new ReviseAppointmentCommand(
                                                appointment,
                                                workspace,
                                                new AppointmentRevision(
                                                        null, null, null, null, false, null, false, null, status),
                                                false,
                                                false,
                                                updatedAt,
                                                null))));
    }

    private com.pazpaz.kernel.crypto.EncryptedValue encrypt(
            AppointmentId appointment, ClientId client, String column, String plaintext) {
        return plaintext == null ? null : cipher.encrypt(appointment, client, column, plaintext);
    }
}
