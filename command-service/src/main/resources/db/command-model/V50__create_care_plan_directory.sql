-- Command-side directory of plans of care (issue 15): which workspace and client a plan belongs to (the client
-- owns the key its text is encrypted with) and the ids of its current goals and interventions. Written in the
-- same transaction as the plan's events.

CREATE TABLE care_plan_directory (
    care_plan_id UUID NOT NULL,
    workspace_id UUID NOT NULL,
    client_id    UUID NOT NULL,
    CONSTRAINT care_plan_directory_pkey PRIMARY KEY (care_plan_id)
);

CREATE TABLE care_plan_items (
    item_id      UUID        NOT NULL,
    care_plan_id UUID        NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    CONSTRAINT care_plan_items_pkey PRIMARY KEY (item_id),
    CONSTRAINT care_plan_items_plan_fkey FOREIGN KEY (care_plan_id)
        REFERENCES care_plan_directory (care_plan_id) ON DELETE CASCADE,
    CONSTRAINT care_plan_items_kind_check CHECK (kind IN ('GOAL', 'INTERVENTION'))
);

CREATE INDEX ix_care_plan_items_plan ON care_plan_items (care_plan_id);

COMMENT ON TABLE care_plan_directory IS 'Command-side directory of plans of care: owner workspace and client';
COMMENT ON TABLE care_plan_items IS 'Current goal and intervention ids of each plan of care';
