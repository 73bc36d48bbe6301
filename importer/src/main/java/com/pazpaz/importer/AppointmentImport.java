package com.pazpaz.importer;

import com.pazpaz.command.appointment.AppointmentFieldCipher;
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
import java.util.function.BooleanSupplier;
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
        ReferenceTable.of(reference, steps, practices, "appointments").importEach(this::appointment);
    }

    private BooleanSupplier appointment(ReferenceTable.Row row) throws SQLException {
        ResultSet rs = row.columns();
        AppointmentId appointment = AppointmentId.of(row.id());
        ClientId client = ClientId.of(row.uuid("client_id"));
        WorkspaceId workspace = WorkspaceId.of(row.workspaceId());
        Instant start = row.time("scheduled_start");
        Instant end = row.time("scheduled_end");
        LocationType locationType =
                LocationType.fromJson(rs.getString("location_type").toLowerCase(Locale.ROOT));
        String details = rs.getString("location_details");
        String notes = rs.getString("notes");
        AppointmentStatus status =
                AppointmentStatus.fromJson(rs.getString("status").toLowerCase(Locale.ROOT));
        Instant createdAt = row.time("created_at");
        Instant updatedAt = row.time("updated_at");
        UUID serviceId = row.uuid("service_id");
        ServiceId service = serviceId == null ? null : ServiceId.of(serviceId);
        return () -> row.run(
                        "scheduled",
                        row.owner(),
                        createdAt,
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
                        || row.run(
                                "status",
                                row.owner(),
                                updatedAt,
                                appointment,
                                () -> new ReviseAppointmentCommand(
                                        appointment,
                                        workspace,
                                        new AppointmentRevision(
                                                null, null, null, null, false, null, false, null, status),
                                        false,
                                        false,
                                        updatedAt,
                                        null)));
    }

    private com.pazpaz.kernel.crypto.EncryptedValue encrypt(
            AppointmentId appointment, ClientId client, String column, String plaintext) {
        return plaintext == null ? null : cipher.encrypt(appointment, client, column, plaintext);
    }
}
