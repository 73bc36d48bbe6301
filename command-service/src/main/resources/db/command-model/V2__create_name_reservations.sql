-- Names that must be unique per workspace (services, locations; R-SVC-1). Written by a subscribing handler in
-- the same transaction as the event that takes or frees the name, so two concurrent creates of the same name
-- cannot both commit: the second one fails on the unique constraint and its command is answered 409.

CREATE TABLE name_reservations (
    kind         VARCHAR(20)  NOT NULL,
    record_id    UUID         NOT NULL,
    workspace_id UUID         NOT NULL,
    name         VARCHAR(255) NOT NULL,
    CONSTRAINT name_reservations_pkey PRIMARY KEY (kind, record_id),
    CONSTRAINT name_reservations_name_key UNIQUE (kind, workspace_id, name)
);

COMMENT ON TABLE name_reservations IS 'Command-side: names taken per workspace (services, locations)';
