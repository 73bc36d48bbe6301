package com.pazpaz.query.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything that happened to a plan, oldest first, from its events: each event with actor, time, the status
 * after it, the whole content it set (for events that set content) and its reason (revision or close).
 */
record CarePlanHistoryView(UUID carePlanId, UUID clientId, List<Entry> events) {

    record Entry(
            long sequence,
            String event,
            Instant recordedAt,
            UUID actorUserId,
            String status,
            Integer revisionNumber,
            Content content,
            String reason) {}

    /** The plan's content as this event left it. */
    record Content(
            String problemStatement,
            String diagnosis,
            LocalDate reviewDate,
            List<CarePlanView.Goal> goals,
            List<CarePlanView.Intervention> interventions) {

        static Content of(CarePlanView view) {
            return new Content(
                    view.problemStatement(), view.diagnosis(), view.reviewDate(), view.goals(), view.interventions());
        }
    }
}
