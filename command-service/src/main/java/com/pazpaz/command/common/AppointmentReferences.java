package com.pazpaz.command.common;

import com.pazpaz.kernel.ids.TypedId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether any appointment references a service or a location (R-SVC-3 / R-LOC-2), from the command-side
 * calendar. An appointment may be booked for a service (decision 202), so a service with appointments is archived;
 * the API sets no location reference (behaviour.md §1.5), so a location's delete is a hard delete, as in the
 * reference.
 */
@Component
public class AppointmentReferences {

    private final JdbcTemplate jdbc;

    AppointmentReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean referenceService(TypedId serviceId) {
        return exists("service_id", serviceId);
    }

    public boolean referenceLocation(TypedId locationId) {
        return exists("location_id", locationId);
    }

    private boolean exists(String column, TypedId id) {
        Boolean found = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM command_model.appointment_slots WHERE " + column + " = ?)",
                Boolean.class,
                id.value());
        return Boolean.TRUE.equals(found);
    }
}
