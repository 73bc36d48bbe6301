-- Progress toward plan-of-care goals recorded in session notes (issue 15, docs/care-plans.md "Read tables"). The
-- texts are part of the note: ciphertext under the note's data key, bound to this row; purged with the note.

CREATE TABLE care_plan_goal_progress (
    id                  UUID                     NOT NULL,
    care_plan_id        UUID                     NOT NULL,
    goal_id             UUID                     NOT NULL,
    session_id          UUID                     NOT NULL,
    recorded_by_user_id UUID,
    note                BYTEA                    NOT NULL,
    measure             BYTEA,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT care_plan_goal_progress_pkey PRIMARY KEY (id),
    CONSTRAINT care_plan_goal_progress_care_plan_id_fkey FOREIGN KEY (care_plan_id)
        REFERENCES care_plans (id) ON DELETE CASCADE,
    CONSTRAINT care_plan_goal_progress_session_id_fkey FOREIGN KEY (session_id)
        REFERENCES sessions (id) ON DELETE CASCADE,
    CONSTRAINT care_plan_goal_progress_recorded_by_user_id_fkey FOREIGN KEY (recorded_by_user_id)
        REFERENCES users (id) ON DELETE SET NULL
);
COMMENT ON TABLE care_plan_goal_progress IS 'Progress toward plan-of-care goals recorded in session notes (encrypted)';
CREATE INDEX ix_care_plan_goal_progress_goal ON care_plan_goal_progress (care_plan_id, goal_id, recorded_at);
CREATE INDEX ix_care_plan_goal_progress_session ON care_plan_goal_progress (session_id);
