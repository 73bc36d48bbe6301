-- The importer's ledger (docs/import.md): one row per step of a reference row that was imported, written in the
-- same transaction as the events of that step, so a run cut short resumes after the last committed step and a
-- second run imports nothing twice. Ids only: no PHI.
CREATE TABLE imported_rows (
    reference_table text        NOT NULL,
    reference_id    uuid        NOT NULL,
    step            text        NOT NULL,
    imported_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT imported_rows_pkey PRIMARY KEY (reference_table, reference_id, step)
);
