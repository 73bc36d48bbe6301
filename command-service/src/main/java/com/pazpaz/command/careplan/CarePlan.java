package com.pazpaz.command.careplan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.pazpaz.kernel.careplan.ActivateCarePlanCommand;
import com.pazpaz.kernel.careplan.CarePlanActivatedEvent;
import com.pazpaz.kernel.careplan.CarePlanClosedEvent;
import com.pazpaz.kernel.careplan.CarePlanContent;
import com.pazpaz.kernel.careplan.CarePlanCreatedEvent;
import com.pazpaz.kernel.careplan.CarePlanDraftSavedEvent;
import com.pazpaz.kernel.careplan.CarePlanRevisedEvent;
import com.pazpaz.kernel.careplan.CarePlanStatus;
import com.pazpaz.kernel.careplan.CloseCarePlanCommand;
import com.pazpaz.kernel.careplan.CreateCarePlanCommand;
import com.pazpaz.kernel.careplan.ReviseCarePlanCommand;
import com.pazpaz.kernel.careplan.SaveCarePlanDraftCommand;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.WorkspaceId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A client's plan of care. A draft changes freely; once active it changes only by a recorded revision (who,
 * when, why), like an amended note; a completed or discontinued plan changes no more. Holds only ciphertext:
 * the content is encrypted at the edge under the client's key.
 */
@Aggregate
class CarePlan {

    @AggregateIdentifier
    private CarePlanId carePlanId;

    private WorkspaceId workspaceId;
    private CarePlanStatus status;
    private CarePlanContent content;
    private int revisionCount;

    CarePlan() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    CarePlan(CreateCarePlanCommand command) {
        // the client was found in the caller's workspace at the edge, before its key encrypted the content
        apply(new CarePlanCreatedEvent(
                command.carePlanId(),
                command.workspaceId(),
                command.clientId(),
                command.author(),
                command.content(),
                command.createdAt()));
    }

    @CommandHandler
    void handle(SaveCarePlanDraftCommand command) {
        requireWorkspace(command.workspaceId());
        if (status != CarePlanStatus.DRAFT) {
            throw new BusinessRuleViolation(
                    Kind.CONFLICT,
                    status == CarePlanStatus.ACTIVE
                            ? "An active plan of care changes only by revision (POST /revise with a reason)"
                            : "A closed plan of care cannot change");
        }
        apply(new CarePlanDraftSavedEvent(
                carePlanId, workspaceId, command.author(), command.content(), command.savedAt()));
    }

    @CommandHandler
    void handle(ActivateCarePlanCommand command) {
        requireWorkspace(command.workspaceId());
        if (status == CarePlanStatus.ACTIVE) {
            return;
        }
        if (status != CarePlanStatus.DRAFT) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "A closed plan of care cannot be activated");
        }
        if (content.goals().isEmpty()) {
            throw new BusinessRuleViolation("Cannot activate a plan of care without at least one goal");
        }
        apply(new CarePlanActivatedEvent(carePlanId, workspaceId, command.author(), command.activatedAt()));
    }

    @CommandHandler
    void handle(ReviseCarePlanCommand command) {
        requireWorkspace(command.workspaceId());
        if (status == CarePlanStatus.DRAFT) {
            throw new BusinessRuleViolation("A draft plan of care is saved, not revised (PUT)");
        }
        if (status != CarePlanStatus.ACTIVE) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "A closed plan of care cannot change");
        }
        if (command.content().goals().isEmpty()) {
            throw new BusinessRuleViolation("An active plan of care keeps at least one goal");
        }
        apply(new CarePlanRevisedEvent(
                carePlanId,
                workspaceId,
                command.author(),
                command.revisionId(),
                revisionCount + 1,
                command.reason(),
                command.content(),
                command.revisedAt()));
    }

    @CommandHandler
    void handle(CloseCarePlanCommand command) {
        requireWorkspace(command.workspaceId());
        if (status.isClosed()) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "The plan of care is already closed");
        }
        if (status == CarePlanStatus.DRAFT && command.outcome() == CarePlanStatus.COMPLETED) {
            throw new BusinessRuleViolation("A draft plan of care cannot be completed; discontinue it instead");
        }
        apply(new CarePlanClosedEvent(
                carePlanId, workspaceId, command.author(), command.outcome(), command.reason(), command.closedAt()));
    }

    /** Another practice's plan is answered exactly like a plan that does not exist. */
    private void requireWorkspace(WorkspaceId caller) {
        if (!workspaceId.equals(caller)) {
            throw new RecordNotFoundException();
        }
    }

    @EventSourcingHandler
    void on(CarePlanCreatedEvent event) {
        carePlanId = event.carePlanId();
        workspaceId = event.workspaceId();
        status = CarePlanStatus.DRAFT;
        content = event.content();
    }

    @EventSourcingHandler
    void on(CarePlanDraftSavedEvent event) {
        content = event.content();
    }

    @EventSourcingHandler
    void on(CarePlanActivatedEvent event) {
        status = CarePlanStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(CarePlanRevisedEvent event) {
        content = event.content();
        revisionCount = event.revisionNumber();
    }

    @EventSourcingHandler
    void on(CarePlanClosedEvent event) {
        status = event.status();
    }
}
