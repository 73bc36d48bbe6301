package com.pazpaz.kernel.careplan;

import com.pazpaz.kernel.ids.ClientId;
import java.util.UUID;

/**
 * Where a plan's ciphertext is bound and whose key encrypts it, decided in this one place for both services.
 * Each value is bound to the read-table row that stores it: the plan's texts to its {@code care_plans} row, a
 * goal's to its {@code care_plan_goals} row, an intervention's to its {@code care_plan_interventions} row, a
 * revision reason to its {@code care_plan_revisions} row.
 */
public final class CarePlanEncryption {

    public static final String PLANS_TABLE = "care_plans";
    public static final String GOALS_TABLE = "care_plan_goals";
    public static final String INTERVENTIONS_TABLE = "care_plan_interventions";
    public static final String REVISIONS_TABLE = "care_plan_revisions";
    public static final String PROGRESS_TABLE = "care_plan_goal_progress";

    public static final String PROBLEM_STATEMENT = "problem_statement";
    public static final String DIAGNOSIS = "diagnosis";
    public static final String CLOSE_REASON = "close_reason";
    public static final String DESCRIPTION = "description";
    public static final String BASELINE = "baseline";
    public static final String CURRENT_MEASURE = "current_measure";
    public static final String FREQUENCY = "frequency";
    public static final String REASON = "reason";
    public static final String PROGRESS_NOTE = "note";
    public static final String MEASURE = "measure";

    private CarePlanEncryption() {}

    /**
     * The record whose data key encrypts a plan: its client. Erasing the client (crypto-shredding) therefore
     * makes every copy of the plan unreadable, in the events, the read tables, Kafka and backups.
     */
    public static UUID keyOwner(ClientId clientId) {
        return clientId.value();
    }
}
