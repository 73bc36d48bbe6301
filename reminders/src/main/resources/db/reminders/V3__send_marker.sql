-- A send in progress (docs/reminders.md, "A crash between the relay's acceptance and the outcome", decision 232):
-- committed on its own just before the e-mail goes to the relay, deleted with the reminder's final outcome (a send
-- the relay refused takes its count back). A row found when the reminder is claimed again means an earlier send
-- may have been accepted but its outcome was never written (the process died in between): the reminder is sent
-- once more with the same Message-ID, and after a second such interruption it is failed, not sent a third time.
CREATE TABLE send_marker (
    appointment_id uuid        PRIMARY KEY,
    sends_started  integer     NOT NULL,
    started_at     timestamptz NOT NULL
);
