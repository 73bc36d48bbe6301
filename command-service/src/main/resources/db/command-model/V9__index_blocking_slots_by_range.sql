-- The conflict check asks for the blocking appointments of a practice that overlap a time range. The btree on
-- (workspace_id, scheduled_start, scheduled_end) bounds only the start, so it walked every earlier appointment
-- of the practice: a booking cost grew with the practice's history. A GiST index on the range finds the
-- overlapping ones directly (AppointmentCalendar.conflicts).
CREATE INDEX ix_appointment_slots_blocking_range ON appointment_slots
    USING gist (workspace_id, tstzrange(scheduled_start, scheduled_end))
    WHERE status IN ('SCHEDULED', 'COMPLETED');
