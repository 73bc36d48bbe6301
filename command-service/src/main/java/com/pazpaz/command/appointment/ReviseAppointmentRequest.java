package com.pazpaz.command.appointment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.pazpaz.command.common.PartialBody;
import com.pazpaz.kernel.appointment.AppointmentStatus;
import com.pazpaz.kernel.location.LocationType;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Body of {@code PUT /api/v1/appointments/{id}}: any subset; null clears location details or notes only. */
class ReviseAppointmentRequest extends PartialBody {

    private UUID clientId;
    private Instant scheduledStart;
    private Instant scheduledEnd;
    private LocationType locationType;

    @Size(max = 1000)
    private String locationDetails;

    @Size(max = 5000)
    private String notes;

    private AppointmentStatus status;

    @JsonProperty("client_id")
    void setClientId(UUID value) {
        clientId = value;
        mark("client_id");
    }

    @JsonProperty("scheduled_start")
    void setScheduledStart(Instant value) {
        scheduledStart = value;
        mark("scheduled_start");
    }

    @JsonProperty("scheduled_end")
    void setScheduledEnd(Instant value) {
        scheduledEnd = value;
        mark("scheduled_end");
    }

    @JsonProperty("location_type")
    void setLocationType(LocationType value) {
        locationType = value;
        mark("location_type");
    }

    @JsonProperty("location_details")
    void setLocationDetails(String value) {
        locationDetails = value;
        mark("location_details");
    }

    @JsonProperty("notes")
    void setNotes(String value) {
        notes = value;
        mark("notes");
    }

    @JsonProperty("status")
    void setStatus(AppointmentStatus value) {
        status = value;
        mark("status");
    }

    /** D13: explicit null for a required field is 422, not the reference's 500. */
    void requireClearableNulls() {
        requireNotNull(
                List.of("client_id", "scheduled_start", "scheduled_end", "location_type", "status"),
                field -> switch (field) {
                    case "client_id" -> clientId;
                    case "scheduled_start" -> scheduledStart;
                    case "scheduled_end" -> scheduledEnd;
                    case "location_type" -> locationType;
                    default -> status;
                });
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

    String locationDetails() {
        return locationDetails;
    }

    String notes() {
        return notes;
    }

    AppointmentStatus status() {
        return status;
    }
}
