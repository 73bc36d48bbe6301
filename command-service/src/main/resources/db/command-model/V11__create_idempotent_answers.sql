-- Idempotent creates (issue 13, decision 181): the first answer to a POST sent with an Idempotency-Key, kept per
-- user and key for a day, so that a retried request is answered the same and creates nothing new. A row with
-- status 0 is a request still being served. The answer holds ids, versions and positions only, never PHI.
CREATE TABLE idempotent_answers (
    user_id         UUID                     NOT NULL,
    idempotency_key VARCHAR(255)             NOT NULL,
    request_path    VARCHAR(500)             NOT NULL,
    status          INTEGER                  NOT NULL,
    location        VARCHAR(1000),
    etag            VARCHAR(100),
    body            TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT idempotent_answers_pkey PRIMARY KEY (user_id, idempotency_key)
);
CREATE INDEX ix_idempotent_answers_created_at ON idempotent_answers (created_at);
