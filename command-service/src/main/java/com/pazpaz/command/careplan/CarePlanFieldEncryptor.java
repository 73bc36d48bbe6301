package com.pazpaz.command.careplan;

import static com.pazpaz.kernel.careplan.CarePlanEncryption.BASELINE;
import static com.pazpaz.kernel.careplan.CarePlanEncryption.CURRENT_MEASURE;
import static com.pazpaz.kernel.careplan.CarePlanEncryption.DESCRIPTION;
import static com.pazpaz.kernel.careplan.CarePlanEncryption.FREQUENCY;
import static com.pazpaz.kernel.careplan.CarePlanEncryption.GOALS_TABLE;
import static com.pazpaz.kernel.careplan.CarePlanEncryption.INTERVENTIONS_TABLE;
import static com.pazpaz.kernel.careplan.CarePlanEncryption.PLANS_TABLE;

import com.pazpaz.command.careplan.CarePlanRequest.GoalRequest;
import com.pazpaz.command.careplan.CarePlanRequest.InterventionRequest;
import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.kernel.careplan.CarePlanContent;
import com.pazpaz.kernel.careplan.CarePlanEncryption;
import com.pazpaz.kernel.careplan.CarePlanGoal;
import com.pazpaz.kernel.careplan.CarePlanIntervention;
import com.pazpaz.kernel.careplan.GoalStatus;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.ClientId;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Encrypts a plan's free text under its client's key, each value bound to the read-table row that will store
 * it (CarePlanEncryption). An erased client's key is gone, so nothing new can be written for it (410).
 */
@Component
class CarePlanFieldEncryptor {

    private final FieldCipher cipher;

    CarePlanFieldEncryptor(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** The plan's content; goals and interventions keep the ids the caller sent (checked) or get new ones. */
    CarePlanContent content(CarePlanId planId, ClientId clientId, CarePlanRequest request, PlanItems known) {
        UUID owner = CarePlanEncryption.keyOwner(clientId);
        return new CarePlanContent(
                encrypt(
                        request.problemStatement(),
                        PLANS_TABLE,
                        planId.value(),
                        CarePlanEncryption.PROBLEM_STATEMENT,
                        owner),
                encrypt(request.diagnosis(), PLANS_TABLE, planId.value(), CarePlanEncryption.DIAGNOSIS, owner),
                request.goalsOrEmpty().stream()
                        .map(goal -> goal(goal, known.goalId(goal.id()), owner))
                        .toList(),
                request.interventionsOrEmpty().stream()
                        .map(item -> intervention(item, known.interventionId(item.id()), owner))
                        .toList(),
                request.reviewDate());
    }

    EncryptedValue closeReason(CarePlanId planId, ClientId clientId, String reason) {
        return encrypt(
                reason,
                PLANS_TABLE,
                planId.value(),
                CarePlanEncryption.CLOSE_REASON,
                CarePlanEncryption.keyOwner(clientId));
    }

    EncryptedValue revisionReason(UUID revisionId, ClientId clientId, String reason) {
        return encrypt(
                reason,
                CarePlanEncryption.REVISIONS_TABLE,
                revisionId,
                CarePlanEncryption.REASON,
                CarePlanEncryption.keyOwner(clientId));
    }

    private CarePlanGoal goal(GoalRequest goal, UUID id, UUID owner) {
        GoalStatus status = goal.status() == null
                ? GoalStatus.ACTIVE
                : GoalStatus.valueOf(goal.status().toUpperCase(Locale.ROOT));
        return new CarePlanGoal(
                id,
                encrypt(goal.description(), GOALS_TABLE, id, DESCRIPTION, owner),
                goal.targetDate(),
                status,
                encrypt(goal.baseline(), GOALS_TABLE, id, BASELINE, owner),
                encrypt(goal.currentMeasure(), GOALS_TABLE, id, CURRENT_MEASURE, owner));
    }

    private CarePlanIntervention intervention(InterventionRequest item, UUID id, UUID owner) {
        return new CarePlanIntervention(
                id,
                encrypt(item.description(), INTERVENTIONS_TABLE, id, DESCRIPTION, owner),
                encrypt(item.frequency(), INTERVENTIONS_TABLE, id, FREQUENCY, owner));
    }

    private EncryptedValue encrypt(String text, String table, UUID rowId, String column, UUID owner) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return cipher.encrypt(text, new FieldBinding(table, rowId, column, owner));
    }
}
