package com.pazpaz.query.common;

import java.util.List;

/** The read tables the projectors write through {@link ReadModelRows}, and the order their foreign keys impose. */
public final class ReadTables {

    /** Parents before children: every foreign key between these tables points up this list. */
    public static final List<String> IN_KEY_ORDER = List.of(
            "workspaces",
            "users",
            "clients",
            "services",
            "locations",
            "appointments",
            "sessions",
            "session_attachments",
            "session_versions",
            "care_plans",
            "care_plan_goals",
            "care_plan_interventions",
            "care_plan_revisions",
            "care_plan_goal_progress",
            "available_hours");

    /**
     * Every table written in batches, the insert-only audit trail and the search index included: what a rebuild
     * loads in bulk into bare tables.
     */
    public static final List<String> BATCH_WRITTEN = java.util.stream.Stream.concat(
                    IN_KEY_ORDER.stream(), java.util.stream.Stream.of("audit_events", "search_tokens"))
            .toList();

    private ReadTables() {}
}
