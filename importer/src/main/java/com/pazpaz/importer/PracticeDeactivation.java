package com.pazpaz.importer;

import com.pazpaz.importer.ImportSteps.Act;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.DeactivateWorkspaceCommand;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference's closed practices ({@code workspaces.is_active = false}), closed here too once everything else of
 * theirs is imported (decision 274): at the row's {@code updated_at}, by no user (the reference records none; here it
 * is a platform administrator's act). A step of the workspace's row in the ledger, so a resumed run closes it once;
 * counted in the report as {@value #COUNTED_AS}.
 */
final class PracticeDeactivation {

    static final String COUNTED_AS = "workspaces:deactivated";
    private static final String TABLE = "workspaces";
    private static final String STEP = "deactivated";

    private final JdbcTemplate reference;
    private final ImportSteps steps;
    private final ImportedPractices practices;

    PracticeDeactivation(JdbcTemplate reference, ImportSteps steps, ImportedPractices practices) {
        this.reference = reference;
        this.steps = steps;
        this.practices = practices;
    }

    void importAll() {
        reference.query("SELECT id, updated_at FROM workspaces WHERE NOT is_active ORDER BY created_at, id", rs -> {
            UUID id = rs.getObject("id", UUID.class);
            if (practices.contains(id)) {
                deactivate(id, PracticeImport.time(rs, "updated_at"));
            }
        });
    }

    private void deactivate(UUID id, Instant at) {
        boolean earlier = steps.isDone(TABLE, id, STEP);
        WorkspaceId workspace = WorkspaceId.of(id);
        boolean done = steps.run(
                TABLE, id, STEP, new Act(id, null, at), workspace, () -> new DeactivateWorkspaceCommand(workspace, at));
        if (done && earlier) {
            steps.report().countAlreadyImported(COUNTED_AS);
        } else if (done) {
            steps.report().countImported(COUNTED_AS);
        }
    }
}
