-- The practice's time zone, in which a reminder e-mail states the appointment's time (docs/reminders.md, decision
-- 231): the zone set in its reminder settings, else the zone of its published available hours, else UTC.

-- set by the practice with its reminder settings; null: not set
ALTER TABLE practice_settings ADD COLUMN time_zone text;

-- the zone of the practice's available hours, from pazpaz.workspace.available_hours_set.v1 (the contract's only
-- practice zone); kept apart from practice_settings, whose row holds what the practice chose itself
CREATE TABLE practice_hours_zone (
    workspace_id uuid        PRIMARY KEY,
    time_zone    text        NOT NULL,
    updated_at   timestamptz NOT NULL
);
