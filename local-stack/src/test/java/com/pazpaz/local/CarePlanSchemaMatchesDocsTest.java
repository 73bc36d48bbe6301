package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The read tables of plans of care are exactly as docs/care-plans.md ("Read tables") documents them: every
 * column, constraint (with its ON DELETE rule) and index, in both directions.
 */
class CarePlanSchemaMatchesDocsTest {

    static final List<String> TABLES = List.of(
            "care_plans",
            "care_plan_goals",
            "care_plan_interventions",
            "care_plan_revisions",
            "care_plan_goal_progress");

    @Test
    void theLiveCarePlanTablesAreExactlyTheDocumentedOnes() throws Exception {
        StackFixture.stack();
        assertThat(DocumentedTables.documented("docs/care-plans.md"))
                .hasSizeGreaterThan(40)
                .isEqualTo(DocumentedTables.live(TABLES));
    }
}
