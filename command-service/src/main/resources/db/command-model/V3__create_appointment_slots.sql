-- The practice's calendar as the command side needs it: one row per appointment, written by a subscribing
-- handler in the same transaction as the appointment's events. The exclusion constraint is what makes conflict
-- detection hold under concurrency (R-APT-1/2, docs/adr/0003-appointment-conflicts.md): of two transactions
-- claiming overlapping time in one workspace, on any number of command-service instances, only one commits.
--
-- exclusive = the slot was claimed under the no-overlap rule. It is false for a time saved with
-- allow_conflict=true ("Keep Both") and for an appointment restored to a blocking status without a time check
-- (R-APT-4), which the reference allows to overlap.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE appointment_slots (
    appointment_id  UUID                     NOT NULL,
    workspace_id    UUID                     NOT NULL,
    client_id       UUID                     NOT NULL,
    service_id      UUID,
    location_id     UUID,
    scheduled_start TIMESTAMP WITH TIME ZONE NOT NULL,
    scheduled_end   TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    exclusive       BOOLEAN                  NOT NULL,
    CONSTRAINT appointment_slots_pkey PRIMARY KEY (appointment_id),
    CONSTRAINT appointment_slots_end_after_start CHECK (scheduled_end > scheduled_start),
    -- [start, end): back-to-back appointments do not overlap (R-APT-2)
    CONSTRAINT appointment_slots_no_overlap EXCLUDE USING gist (
        workspace_id WITH =,
        tstzrange(scheduled_start, scheduled_end) WITH &&
    ) WHERE (exclusive AND status IN ('SCHEDULED', 'COMPLETED'))
);

CREATE INDEX ix_appointment_slots_workspace_time ON appointment_slots (workspace_id, scheduled_start, scheduled_end);
CREATE INDEX ix_appointment_slots_service ON appointment_slots (service_id) WHERE service_id IS NOT NULL;
CREATE INDEX ix_appointment_slots_location ON appointment_slots (location_id) WHERE location_id IS NOT NULL;

COMMENT ON TABLE appointment_slots IS 'Command-side calendar: appointment times and statuses, no overlaps';
