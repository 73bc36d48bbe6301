package com.pazpaz.query.appointment;

import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentStatus;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.location.LocationType;
import com.pazpaz.query.common.Columns;
import com.pazpaz.query.common.InsertableRow;
import com.pazpaz.query.common.RowTable;
import com.pazpaz.query.common.TableColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code appointments} (schema.md §2.6). {@code notes} and {@code location_details} (text) hold the
 * base64 of their ciphertext, like {@code clients.notes} (docs/decisions.md #10); enums are stored upper-case.
 */
@Entity
@Table(name = "appointments")
class AppointmentRow extends InsertableRow {

    /** How the projection writes and reads the table; deleting a row unlinks the notes that named it. */
    static final RowTable<AppointmentRow> TABLE = new RowTable<>(
            "appointments",
            List.of(
                    TableColumn.uuid("id", r -> r.id),
                    TableColumn.uuid("workspace_id", r -> r.workspaceId),
                    TableColumn.uuid("client_id", r -> r.clientId),
                    TableColumn.instant("scheduled_start", r -> r.scheduledStart),
                    TableColumn.instant("scheduled_end", r -> r.scheduledEnd),
                    TableColumn.name("location_type", r -> r.locationType),
                    TableColumn.text("location_details", r -> r.locationDetails),
                    TableColumn.name("status", r -> r.status),
                    TableColumn.text("notes", r -> r.notes),
                    TableColumn.instant("created_at", r -> r.createdAt),
                    TableColumn.instant("updated_at", r -> r.updatedAt),
                    TableColumn.uuid("service_id", r -> r.serviceId),
                    TableColumn.uuid("location_id", r -> r.locationId),
                    TableColumn.instant("edited_at", r -> r.editedAt),
                    TableColumn.int4("edit_count", r -> r.editCount),
                    TableColumn.decimal("completed_price", r -> r.completedPrice),
                    TableColumn.text("completed_currency", r -> r.completedCurrency)),
            AppointmentRow::read,
            AppointmentRowEvolution::changes,
            AppointmentRowEvolution::apply,
            List.of("UPDATE sessions SET appointment_id = NULL WHERE appointment_id = ?"));

    @Id
    private UUID id;

    private UUID workspaceId;
    private UUID clientId;
    private Instant scheduledStart;
    private Instant scheduledEnd;

    @Enumerated(EnumType.STRING)
    private LocationType locationType;

    private String locationDetails;

    @Enumerated(EnumType.STRING)
    private AppointmentStatus status;

    private String notes;
    private Instant createdAt;
    private Instant updatedAt;
    private UUID serviceId;
    private UUID locationId;
    private Instant editedAt;
    private int editCount;
    private BigDecimal completedPrice;
    private String completedCurrency;

    protected AppointmentRow() {}

    AppointmentRow(AppointmentScheduledEvent event) {
        id = event.appointmentId().value();
        workspaceId = event.workspaceId().value();
        clientId = event.clientId().value();
        scheduledStart = event.scheduledStart();
        scheduledEnd = event.scheduledEnd();
        locationType = event.locationType();
        locationDetails = base64(event.locationDetails());
        notes = base64(event.notes());
        status = AppointmentStatus.SCHEDULED;
        createdAt = event.scheduledAt();
        updatedAt = event.scheduledAt();
        serviceId = event.serviceId() == null ? null : event.serviceId().value();
    }

    private static AppointmentRow read(ResultSet rs) throws SQLException {
        AppointmentRow row = new AppointmentRow();
        row.id = Columns.uuid(rs, 1);
        row.workspaceId = Columns.uuid(rs, 2);
        row.clientId = Columns.uuid(rs, 3);
        row.scheduledStart = Columns.instant(rs, 4);
        row.scheduledEnd = Columns.instant(rs, 5);
        row.locationType = LocationType.valueOf(rs.getString(6));
        row.locationDetails = rs.getString(7);
        row.status = AppointmentStatus.valueOf(rs.getString(8));
        row.notes = rs.getString(9);
        row.createdAt = Columns.instant(rs, 10);
        row.updatedAt = Columns.instant(rs, 11);
        row.serviceId = Columns.uuid(rs, 12);
        row.locationId = Columns.uuid(rs, 13);
        row.editedAt = Columns.instant(rs, 14);
        row.editCount = rs.getInt(15);
        row.completedPrice = rs.getBigDecimal(16);
        row.completedCurrency = rs.getString(17);
        return row;
    }

    void reschedule(Instant start, Instant end) {
        scheduledStart = start;
        scheduledEnd = end;
    }

    void editDetails(UUID newClient, LocationType newType, EncryptedValue newDetails, EncryptedValue newNotes) {
        clientId = newClient;
        locationType = newType;
        locationDetails = base64(newDetails);
        notes = base64(newNotes);
    }

    /** A status other than completed drops the price kept at completion: it earned nothing (decision 201). */
    void changeStatus(AppointmentStatus newStatus) {
        status = newStatus;
        if (newStatus != AppointmentStatus.COMPLETED) {
            keepPrice(null, null);
        }
    }

    /** The price of its service in force when it was completed, kept for revenue (decision 201). */
    void keepPrice(BigDecimal price, String currency) {
        completedPrice = price;
        completedCurrency = currency;
    }

    UUID serviceId() {
        return serviceId;
    }

    BigDecimal completedPrice() {
        return completedPrice;
    }

    /** Every change touches updated_at; only a real edit (the count went up) touches edited_at (R-APT-7). */
    void changed(int newEditCount, Instant at) {
        if (newEditCount != editCount) {
            editCount = newEditCount;
            editedAt = at;
        }
        updatedAt = at;
    }

    private static String base64(EncryptedValue value) {
        return value == null ? null : value.base64();
    }

    private static EncryptedValue value(String base64) {
        return base64 == null ? null : EncryptedValue.fromBase64(base64);
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID workspaceId() {
        return workspaceId;
    }

    UUID clientId() {
        return clientId;
    }

    Instant scheduledStart() {
        return scheduledStart;
    }

    Instant scheduledEnd() {
        return scheduledEnd;
    }

    LocationType locationType() {
        return locationType;
    }

    EncryptedValue locationDetails() {
        return value(locationDetails);
    }

    AppointmentStatus status() {
        return status;
    }

    EncryptedValue notes() {
        return value(notes);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant editedAt() {
        return editedAt;
    }

    int editCount() {
        return editCount;
    }
}
