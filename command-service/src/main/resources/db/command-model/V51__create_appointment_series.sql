-- Series of recurring appointments (issue 15, docs/recurring-appointments.md): what the extension job and
-- "cancel the rest" need, written in the same transaction as the series' events. The occurrences themselves are
-- ordinary appointments (appointment_slots).

CREATE TABLE appointment_series (
    series_id          UUID                     NOT NULL,
    workspace_id       UUID                     NOT NULL,
    client_id          UUID                     NOT NULL,
    rule               VARCHAR(500)             NOT NULL,
    time_zone          VARCHAR(100)             NOT NULL,
    first_start        TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    duration_minutes   INTEGER                  NOT NULL,
    location_type      VARCHAR(20)              NOT NULL,
    materialised_until TIMESTAMP WITH TIME ZONE NOT NULL,
    open               BOOLEAN                  NOT NULL,
    CONSTRAINT appointment_series_pkey PRIMARY KEY (series_id)
);

-- the extension job's work list: open series whose horizon falls short
CREATE INDEX ix_appointment_series_open ON appointment_series (materialised_until) WHERE open;

CREATE TABLE appointment_series_occurrences (
    appointment_id  UUID                     NOT NULL,
    series_id       UUID                     NOT NULL,
    scheduled_start TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT appointment_series_occurrences_pkey PRIMARY KEY (appointment_id),
    CONSTRAINT appointment_series_occurrences_series_fkey FOREIGN KEY (series_id)
        REFERENCES appointment_series (series_id) ON DELETE CASCADE
);

CREATE INDEX ix_appointment_series_occurrences_series ON appointment_series_occurrences (series_id, scheduled_start);

COMMENT ON TABLE appointment_series IS 'Command-side series of recurring appointments: rule, horizon, open or not';
COMMENT ON TABLE appointment_series_occurrences IS 'The appointments that hold each series'' occurrences';
