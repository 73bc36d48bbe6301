-- What the appointment rules need to know about linked notes, strongly consistent (R-APT-5, R-APD-2): the
-- appointment a note belongs to, how often it was amended, and whether it is soft-deleted.
ALTER TABLE session_directory
    ADD COLUMN appointment_id  UUID,
    ADD COLUMN amendment_count INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN is_deleted      BOOLEAN NOT NULL DEFAULT false;

CREATE INDEX ix_session_directory_appointment ON session_directory (appointment_id)
    WHERE appointment_id IS NOT NULL;
