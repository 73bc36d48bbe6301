package com.pazpaz.command.session;

import com.pazpaz.command.common.ClientRecord;
import com.pazpaz.command.common.CommandAnswers;
import com.pazpaz.command.common.ExpectedVersion;
import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.kernel.careplan.CarePlanEncryption;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.session.RecordGoalProgressCommand;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A note records progress toward a goal of its client's plan of care (docs/care-plans.md, "Goal progress"). The
 * goal must be a current goal of one of the note's client's plans; the texts are encrypted with the note's key.
 */
@RestController
@PhiEndpoint("Session")
class GoalProgressCommandController {

    private final RecordCommandGateway commands;
    private final SessionFieldEncryptor encryptor;
    private final SessionDirectory notes;
    private final PlanGoals plans;
    private final CommandAnswers answers;
    private final Clock clock;

    GoalProgressCommandController(
            RecordCommandGateway commands,
            SessionFieldEncryptor encryptor,
            SessionDirectory notes,
            PlanGoals plans,
            CommandAnswers answers,
            Clock clock) {
        this.commands = commands;
        this.encryptor = encryptor;
        this.notes = notes;
        this.plans = plans;
        this.answers = answers;
        this.clock = clock;
    }

    @PostMapping("/api/v1/sessions/{sessionId}/goal-progress")
    ResponseEntity<CommandResponse> record(
            Actor actor,
            @PathVariable UUID sessionId,
            ExpectedVersion expected,
            @Valid @RequestBody GoalProgressRequest request) {
        ClientRecord<SessionId> note = ClientRecord.find(actor, SessionId.of(sessionId), notes::clientOf);
        if (!plans.isGoalOf(request.carePlanId(), request.goalId(), note.client(), note.workspace())) {
            throw new ValidationFailedException(List.of(
                    new FieldProblem("goal_id", "must be a current goal of a plan of care of the note's client")));
        }
        UUID entryId = UUID.randomUUID();
        return answers.ok(commands.send(
                new RecordGoalProgressCommand(
                        note.id(),
                        note.workspace(),
                        actor.userId(),
                        entryId,
                        request.carePlanId(),
                        request.goalId(),
                        encryptor.goalProgress(
                                note.id(), note.client(), entryId, CarePlanEncryption.PROGRESS_NOTE, request.note()),
                        encryptor.goalProgress(
                                note.id(), note.client(), entryId, CarePlanEncryption.MEASURE, request.measure()),
                        clock.instant(),
                        expected.sequence()),
                note.id()));
    }
}
