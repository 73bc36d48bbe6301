-- Available (working) hours of a practice (issue 16, docs/reports.md "Available hours"): one row per practice,
-- replaced whole by each WorkspaceAvailableHoursSetEvent; the utilisation report sets booked hours against them.
-- No PHI: a time zone and weekly stretches ('MONDAY 09:00-17:00'), sorted by day and start.
CREATE TABLE available_hours (
    id           UUID                     NOT NULL,
    time_zone    VARCHAR(64)              NOT NULL,
    weekly_hours TEXT[]                   NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT available_hours_pkey PRIMARY KEY (id),
    CONSTRAINT available_hours_id_fkey FOREIGN KEY (id) REFERENCES workspaces (id) ON DELETE CASCADE
);
COMMENT ON TABLE available_hours IS 'Weekly available (working) hours of each practice, in its time zone';
