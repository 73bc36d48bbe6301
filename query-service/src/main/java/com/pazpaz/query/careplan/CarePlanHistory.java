package com.pazpaz.query.careplan;

import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.kernel.careplan.CarePlanClosedEvent;
import com.pazpaz.kernel.careplan.CarePlanCreatedEvent;
import com.pazpaz.kernel.careplan.CarePlanEncryption;
import com.pazpaz.kernel.careplan.CarePlanRevisedEvent;
import com.pazpaz.query.careplan.CarePlanHistoryView.Content;
import com.pazpaz.query.careplan.CarePlanHistoryView.Entry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A plan's full version history and its state at an instant, rebuilt from its events in the event store (the
 * record), not from the read tables, with the projector's own fold ({@link PlanAtEvent}).
 */
@Component
class CarePlanHistory {

    private final EventStore eventStore;
    private final CarePlanDecryptor decryptor;

    CarePlanHistory(EventStore eventStore, CarePlanDecryptor decryptor) {
        this.eventStore = eventStore;
        this.decryptor = decryptor;
    }

    /** The plan as it stood at {@code instant}; empty if it did not exist then (or is not the caller's). */
    Optional<CarePlanView> asOf(UUID planId, UUID workspaceId, Instant instant) {
        return events(planId, workspaceId).flatMap(events -> {
            PlanAtEvent plan = PlanAtEvent.NONE;
            for (DomainEventMessage<?> event : events) {
                if (event.getTimestamp().isAfter(instant)) {
                    break;
                }
                plan = plan.next(event.getPayload());
            }
            PlanAtEvent then = plan;
            return Optional.ofNullable(then.row()).map(row -> decryptor.view(row, then.goals(), then.interventions()));
        });
    }

    Optional<CarePlanHistoryView> history(UUID planId, UUID workspaceId) {
        return events(planId, workspaceId).map(events -> {
            List<Entry> entries = new ArrayList<>();
            PlanAtEvent plan = PlanAtEvent.NONE;
            for (DomainEventMessage<?> message : events) {
                Object payload = message.getPayload();
                plan = plan.next(payload);
                CarePlanView view = decryptor.view(plan.row(), plan.goals(), plan.interventions());
                entries.add(new Entry(
                        message.getSequenceNumber(),
                        payload.getClass().getSimpleName().replaceFirst("Event$", ""),
                        message.getTimestamp(),
                        actor(message),
                        view.status(),
                        payload instanceof CarePlanRevisedEvent revised ? revised.revisionNumber() : null,
                        PlanAtEvent.contentOf(payload) == null ? null : Content.of(view),
                        reason(payload, plan)));
            }
            return new CarePlanHistoryView(planId, plan.row().clientId, entries);
        });
    }

    private String reason(Object payload, PlanAtEvent plan) {
        PlanTexts texts = decryptor.texts(plan.row());
        if (payload instanceof CarePlanRevisedEvent revised) {
            return texts.decrypt(
                    revised.reason(),
                    CarePlanEncryption.REVISIONS_TABLE,
                    revised.revisionId(),
                    CarePlanEncryption.REASON);
        }
        if (payload instanceof CarePlanClosedEvent closed) {
            return texts.decrypt(
                    closed.reason(),
                    CarePlanEncryption.PLANS_TABLE,
                    closed.carePlanId().value(),
                    CarePlanEncryption.CLOSE_REASON);
        }
        return null;
    }

    private Optional<List<? extends DomainEventMessage<?>>> events(UUID planId, UUID workspaceId) {
        List<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(planId.toString()).asStream().toList();
        boolean mine = !events.isEmpty()
                && events.get(0).getPayload() instanceof CarePlanCreatedEvent created
                && created.workspaceId().value().equals(workspaceId);
        return mine ? Optional.of(events) : Optional.empty();
    }

    private static UUID actor(DomainEventMessage<?> message) {
        Object userId = message.getMetaData().get(MetadataKeys.USER_ID);
        return userId == null ? null : UUID.fromString(userId.toString());
    }
}
