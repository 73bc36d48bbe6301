-- The read model's dead letters (docs/decisions.md 118): an event a projector failed on, and every later event of
-- the same practice, parked in order while the other practices keep projecting. A letter names its event by its
-- global position; the event itself stays in the event store, so no event data, no PHI and no error message (which
-- could quote a row's values) is copied here: only the failure's kind (exception classes, SQL state, constraint).
CREATE TABLE read_model_dead_letters (
    global_index         bigint PRIMARY KEY,
    workspace_id         uuid        NOT NULL,
    event_identifier     text        NOT NULL,
    event_type           text        NOT NULL,
    aggregate_identifier text,
    -- null for an event parked behind an earlier letter of its practice (it did not fail itself)
    failure              text,
    parked_at            timestamptz NOT NULL,
    retries              integer     NOT NULL DEFAULT 0,
    last_retry_failure   text
);

CREATE INDEX read_model_dead_letters_in_order ON read_model_dead_letters (workspace_id, global_index);
