-- Plans of care (issue 15, docs/care-plans.md "Read tables"). Every free-text column is ciphertext under the
-- client's data key, bound to its row and column; erasing the client makes it unreadable. Projected from the
-- CarePlan* events; rebuilt with the other batch-written tables.

CREATE TABLE care_plans (
    id                 UUID                     NOT NULL,
    workspace_id       UUID                     NOT NULL,
    client_id          UUID                     NOT NULL,
    created_by_user_id UUID,
    status             VARCHAR(20)              NOT NULL DEFAULT 'DRAFT',
    problem_statement  BYTEA                    NOT NULL,
    diagnosis          BYTEA,
    review_date        DATE,
    close_reason       BYTEA,
    revision_count     INTEGER                  NOT NULL DEFAULT 0,
    version            INTEGER                  NOT NULL DEFAULT 1,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    activated_at       TIMESTAMP WITH TIME ZONE,
    closed_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT care_plans_pkey PRIMARY KEY (id),
    CONSTRAINT care_plans_status_check CHECK (status IN ('DRAFT', 'ACTIVE', 'COMPLETED', 'DISCONTINUED')),
    CONSTRAINT care_plans_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE,
    CONSTRAINT care_plans_client_id_fkey FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE,
    CONSTRAINT care_plans_created_by_user_id_fkey FOREIGN KEY (created_by_user_id)
        REFERENCES users (id) ON DELETE SET NULL
);
COMMENT ON TABLE care_plans IS 'Plans of care of clients, with encrypted problem statement, diagnosis and close reason';
CREATE INDEX ix_care_plans_client ON care_plans (workspace_id, client_id, created_at);
CREATE INDEX ix_care_plans_due_for_review ON care_plans (workspace_id, review_date) WHERE status = 'ACTIVE';

CREATE TABLE care_plan_goals (
    id              UUID        NOT NULL,
    care_plan_id    UUID        NOT NULL,
    position        INTEGER     NOT NULL,
    description     BYTEA       NOT NULL,
    target_date     DATE,
    status          VARCHAR(20) NOT NULL DEFAULT 'ACTIVE',
    baseline        BYTEA,
    current_measure BYTEA,
    CONSTRAINT care_plan_goals_pkey PRIMARY KEY (id),
    CONSTRAINT care_plan_goals_status_check CHECK (status IN ('ACTIVE', 'MET', 'DISCONTINUED')),
    CONSTRAINT care_plan_goals_care_plan_id_fkey FOREIGN KEY (care_plan_id)
        REFERENCES care_plans (id) ON DELETE CASCADE
);
COMMENT ON TABLE care_plan_goals IS 'Current goals of each plan of care, encrypted description and measures';
CREATE INDEX ix_care_plan_goals_plan ON care_plan_goals (care_plan_id, position);

CREATE TABLE care_plan_interventions (
    id           UUID    NOT NULL,
    care_plan_id UUID    NOT NULL,
    position     INTEGER NOT NULL,
    description  BYTEA   NOT NULL,
    frequency    BYTEA,
    CONSTRAINT care_plan_interventions_pkey PRIMARY KEY (id),
    CONSTRAINT care_plan_interventions_care_plan_id_fkey FOREIGN KEY (care_plan_id)
        REFERENCES care_plans (id) ON DELETE CASCADE
);
COMMENT ON TABLE care_plan_interventions IS 'Current interventions of each plan of care, encrypted';
CREATE INDEX ix_care_plan_interventions_plan ON care_plan_interventions (care_plan_id, position);

CREATE TABLE care_plan_revisions (
    id                 UUID                     NOT NULL,
    care_plan_id       UUID                     NOT NULL,
    revision_number    INTEGER                  NOT NULL,
    revised_by_user_id UUID,
    reason             BYTEA                    NOT NULL,
    revised_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT care_plan_revisions_pkey PRIMARY KEY (id),
    CONSTRAINT uq_care_plan_revision_number UNIQUE (care_plan_id, revision_number),
    CONSTRAINT care_plan_revisions_care_plan_id_fkey FOREIGN KEY (care_plan_id)
        REFERENCES care_plans (id) ON DELETE CASCADE,
    CONSTRAINT care_plan_revisions_revised_by_user_id_fkey FOREIGN KEY (revised_by_user_id)
        REFERENCES users (id) ON DELETE SET NULL
);
COMMENT ON TABLE care_plan_revisions IS 'Who revised an active plan of care, when and why (encrypted reason)';
