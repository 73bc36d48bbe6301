package com.pazpaz.query.careplan;

import static com.pazpaz.kernel.careplan.CarePlanEncryption.BASELINE;
import static com.pazpaz.kernel.careplan.CarePlanEncryption.CURRENT_MEASURE;
import static com.pazpaz.kernel.careplan.CarePlanEncryption.DESCRIPTION;
import static com.pazpaz.kernel.careplan.CarePlanEncryption.FREQUENCY;
import static com.pazpaz.kernel.careplan.CarePlanEncryption.GOALS_TABLE;
import static com.pazpaz.kernel.careplan.CarePlanEncryption.INTERVENTIONS_TABLE;
import static com.pazpaz.kernel.careplan.CarePlanEncryption.PLANS_TABLE;

import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.kernel.careplan.CarePlanEncryption;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Turns a plan's rows (from the tables, or rebuilt from its events) into the answer, decrypting its texts. */
@Component
class CarePlanDecryptor {

    private final FieldCipher cipher;

    CarePlanDecryptor(FieldCipher cipher) {
        this.cipher = cipher;
    }

    CarePlanView view(CarePlanRow plan, List<GoalRow> goals, List<InterventionRow> interventions) {
        PlanTexts texts = texts(plan);
        String problem =
                texts.decrypt(plan.problemStatement, PLANS_TABLE, plan.id, CarePlanEncryption.PROBLEM_STATEMENT);
        String diagnosis = texts.decrypt(plan.diagnosis, PLANS_TABLE, plan.id, CarePlanEncryption.DIAGNOSIS);
        String closeReason = texts.decrypt(plan.closeReason, PLANS_TABLE, plan.id, CarePlanEncryption.CLOSE_REASON);
        List<CarePlanView.Goal> goalViews = goals.stream()
                .map(goal -> new CarePlanView.Goal(
                        goal.id(),
                        texts.decrypt(goal.description(), GOALS_TABLE, goal.id(), DESCRIPTION),
                        goal.targetDate(),
                        lower(goal.status()),
                        texts.decrypt(goal.baseline(), GOALS_TABLE, goal.id(), BASELINE),
                        texts.decrypt(goal.currentMeasure(), GOALS_TABLE, goal.id(), CURRENT_MEASURE)))
                .toList();
        List<CarePlanView.Intervention> interventionViews = interventions.stream()
                .map(item -> new CarePlanView.Intervention(
                        item.id(),
                        texts.decrypt(item.description(), INTERVENTIONS_TABLE, item.id(), DESCRIPTION),
                        texts.decrypt(item.frequency(), INTERVENTIONS_TABLE, item.id(), FREQUENCY)))
                .toList();
        return new CarePlanView(
                plan.id,
                plan.workspaceId,
                plan.clientId,
                lower(plan.status),
                problem,
                diagnosis,
                plan.reviewDate,
                goalViews,
                interventionViews,
                closeReason,
                plan.revisionCount,
                plan.version,
                plan.createdByUserId,
                plan.createdAt,
                plan.updatedAt,
                plan.activatedAt,
                plan.closedAt,
                texts.erased());
    }

    PlanTexts texts(CarePlanRow plan) {
        return PlanTexts.ofClient(cipher, plan.clientId);
    }

    PlanTexts noteTexts(java.util.UUID sessionId) {
        return PlanTexts.ofNote(cipher, sessionId);
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
