package com.pazpaz.reminders.web;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.reminders.queue.ReminderQueue;
import com.pazpaz.reminders.queue.ReminderQueue.HistoryFilter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's practice's reminder history, newest appointment first: {@code from} and {@code to} bound the
 * appointment's start (inclusive), {@code status} keeps one outcome. Owners and assistants may read it: it holds ids,
 * times and outcomes only, nothing of a client's record, so reading it is not a PHI access.
 */
@RestController
@RequestMapping("/api/v1/reminders")
@Validated
class ReminderHistoryController {

    static final Set<String> STATUSES = Set.of("pending", "sent", "failed", "skipped", "cancelled");
    private static final int MAX_PAGE_SIZE = 200;

    private final ReminderQueue queue;

    ReminderHistoryController(ReminderQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    HistoryPage history(
            Actor actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") @Min(1) @Max(1_000_000) int page,
            @RequestParam(name = "page_size", defaultValue = "50") @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        UUID workspaceId = actor.requireWorkspace().value();
        if (status != null && !STATUSES.contains(status)) {
            throw invalid("status", "must be one of pending, sent, failed, skipped, cancelled");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw invalid("to", "must not be before from");
        }
        HistoryFilter filter = new HistoryFilter(from, to, status);
        List<ReminderView> items = queue.history(workspaceId, filter, pageSize, (page - 1) * pageSize).stream()
                .map(ReminderView::of)
                .toList();
        return HistoryPage.of(items, queue.historyTotal(workspaceId, filter), page, pageSize);
    }

    private static ValidationFailedException invalid(String field, String message) {
        return new ValidationFailedException(List.of(new FieldProblem(field, message)));
    }
}
