package com.pazpaz.query.careplan;

import com.pazpaz.kernel.careplan.CarePlanActivatedEvent;
import com.pazpaz.kernel.careplan.CarePlanClosedEvent;
import com.pazpaz.kernel.careplan.CarePlanCreatedEvent;
import com.pazpaz.kernel.careplan.CarePlanDraftSavedEvent;
import com.pazpaz.kernel.careplan.CarePlanRevisedEvent;
import com.pazpaz.kernel.careplan.CarePlanStatus;
import java.util.UUID;

/**
 * How each plan event changes a {@code care_plans} row: shared by the projector (rows in the table) and the
 * point-in-time answer (a row rebuilt in memory), so both always agree.
 */
final class CarePlanRowEvolution {

    private CarePlanRowEvolution() {}

    /** The row after the event: a new one on creation; events of other kinds or before creation change nothing. */
    static CarePlanRow apply(CarePlanRow row, Object event) {
        if (event instanceof CarePlanCreatedEvent created) {
            CarePlanRow fresh = new CarePlanRow(
                    created.carePlanId().value(),
                    created.workspaceId().value(),
                    created.clientId().value(),
                    created.author().value(),
                    created.createdAt());
            fresh.setContent(created.content());
            return fresh;
        }
        if (row == null) {
            return null;
        }
        if (event instanceof CarePlanDraftSavedEvent saved) {
            row.setContent(saved.content());
            row.changed(saved.savedAt());
        } else if (event instanceof CarePlanActivatedEvent activated) {
            row.status = CarePlanStatus.ACTIVE;
            row.activatedAt = activated.activatedAt();
            row.changed(activated.activatedAt());
        } else if (event instanceof CarePlanRevisedEvent revised) {
            row.setContent(revised.content());
            row.revisionCount = revised.revisionNumber();
            row.changed(revised.revisedAt());
        } else if (event instanceof CarePlanClosedEvent closed) {
            row.status = closed.status();
            row.closeReason = CarePlanRow.bytes(closed.reason());
            row.closedAt = closed.closedAt();
            row.changed(closed.closedAt());
        }
        return row;
    }

    /** The existing plan an event changes; null for a new plan or another kind of event. */
    static UUID changes(Object event) {
        if (event instanceof CarePlanDraftSavedEvent e) {
            return e.carePlanId().value();
        }
        if (event instanceof CarePlanActivatedEvent e) {
            return e.carePlanId().value();
        }
        if (event instanceof CarePlanRevisedEvent e) {
            return e.carePlanId().value();
        }
        return event instanceof CarePlanClosedEvent e ? e.carePlanId().value() : null;
    }
}
