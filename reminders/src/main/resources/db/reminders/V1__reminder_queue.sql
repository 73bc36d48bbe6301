-- The reminders consumer's own tables (docs/reminders.md). No name, e-mail or other PHI is stored here: the
-- client's contact details are read from PazPaz Core only at send time, and never written down.

-- Each consumed record's CloudEvents id: a redelivered record (same ce_id) is applied once.
CREATE TABLE processed_event (
    event_id     text        PRIMARY KEY,
    processed_at timestamptz NOT NULL
);

-- A practice's reminder settings; a practice without a row has the defaults (on, 24 h before).
CREATE TABLE practice_settings (
    workspace_id      uuid        PRIMARY KEY,
    enabled           boolean     NOT NULL,
    lead_time_minutes integer     NOT NULL CHECK (lead_time_minutes BETWEEN 0 AND 20160),
    updated_at        timestamptz NOT NULL
);

-- What the consumer knows of a client: whether it may be reminded. Deleted when the client is erased.
CREATE TABLE client_consent (
    client_id    uuid        PRIMARY KEY,
    workspace_id uuid        NOT NULL,
    consent      boolean     NOT NULL,
    archived     boolean     NOT NULL,
    updated_at   timestamptz NOT NULL
);

-- The queue: one reminder per appointment occurrence (the primary key is what makes it one), with its outcome.
CREATE TABLE reminder (
    appointment_id  uuid        PRIMARY KEY,
    workspace_id    uuid        NOT NULL,
    client_id       uuid        NOT NULL,
    starts_at       timestamptz NOT NULL,
    due_at          timestamptz NOT NULL,
    status          text        NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'skipped', 'cancelled')),
    reason          text,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    sent_at         timestamptz,
    updated_at      timestamptz NOT NULL
);
-- the sender's scan: pending reminders by when they may be tried next
CREATE INDEX reminder_pending_due ON reminder (next_attempt_at) WHERE status = 'pending';
-- a practice's history, newest appointment first
CREATE INDEX reminder_workspace_start ON reminder (workspace_id, starts_at DESC);
-- cancelling a client's reminders (archived, erased)
CREATE INDEX reminder_client ON reminder (client_id);
