package com.pazpaz.query.careplan;

import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.careplan.CarePlanEncryption;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.audit.AccessAudit;
import com.pazpaz.query.common.PageParams;
import com.pazpaz.query.common.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads of plans of care (docs/care-plans.md): one plan (or as it stood at an instant), a client's plans, a
 * plan's revisions and full history, and the practice's plans due for review. Only plans of the caller's
 * workspace exist for the caller; every read of plan text is recorded in the access audit.
 */
@RestController
@Transactional(readOnly = true)
@PhiEndpoint("PlanOfCare")
class CarePlanQueryController {

    /** The reference's audit resource type for plans of care (schema.md §2.10). */
    private static final String RESOURCE = "PlanOfCare";

    private final CarePlanReads reads;
    private final CarePlanDecryptor decryptor;
    private final CarePlanHistory history;
    private final AccessAudit audit;
    private final Clock clock;

    CarePlanQueryController(
            CarePlanReads reads, CarePlanDecryptor decryptor, CarePlanHistory history, AccessAudit audit, Clock clock) {
        this.reads = reads;
        this.decryptor = decryptor;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/v1/care-plans/{carePlanId}")
    CarePlanView get(
            Actor actor, @PathVariable UUID carePlanId, @RequestParam(name = "as_of", required = false) Instant asOf) {
        UUID workspaceId = actor.requireWorkspace().value();
        if (asOf != null) {
            CarePlanView then = history.asOf(carePlanId, workspaceId, asOf).orElseThrow(RecordNotFoundException::new);
            audit.recordReadAsOf(actor, RESOURCE, carePlanId, asOf);
            return then;
        }
        CarePlanRow plan = reads.plan(carePlanId, workspaceId).orElseThrow(RecordNotFoundException::new);
        return views(List.of(plan)).get(0); // a plain read: PhiReadGuard records it before the body is written
    }

    @GetMapping("/api/v1/clients/{clientId}/care-plans")
    List<CarePlanView> ofClient(Actor actor, @PathVariable UUID clientId) {
        UUID workspaceId = actor.requireWorkspace().value();
        if (!reads.clientExists(clientId, workspaceId)) {
            throw new RecordNotFoundException();
        }
        List<CarePlanView> views = views(reads.plansOf(clientId, workspaceId));
        audit.recordRead(
                actor, RESOURCE, null, "list", Map.of("client_id", clientId.toString(), "results", views.size()));
        return views;
    }

    @GetMapping("/api/v1/care-plans/{carePlanId}/revisions")
    List<RevisionView> revisions(Actor actor, @PathVariable UUID carePlanId) {
        CarePlanRow plan =
                reads.plan(carePlanId, actor.requireWorkspace().value()).orElseThrow(RecordNotFoundException::new);
        PlanTexts texts = decryptor.texts(plan);
        List<RevisionView> found = reads.revisions(carePlanId).stream()
                .map(row -> new RevisionView(
                        row.id(),
                        row.revisionNumber(),
                        row.revisedByUserId(),
                        row.revisedAt(),
                        texts.decrypt(
                                row.reason(), CarePlanEncryption.REVISIONS_TABLE, row.id(), CarePlanEncryption.REASON)))
                .toList();
        audit.recordRead(actor, RESOURCE, carePlanId, "revisions", Map.of("results", found.size()));
        return found;
    }

    /**
     * The goal's progress history: what each note recorded toward it, newest first. Entries are the notes' own
     * (their key), so a purged note's entries are gone and an erased client's are null.
     */
    @GetMapping("/api/v1/care-plans/{carePlanId}/goals/{goalId}/progress")
    List<GoalProgressView> progress(Actor actor, @PathVariable UUID carePlanId, @PathVariable UUID goalId) {
        CarePlanRow plan =
                reads.plan(carePlanId, actor.requireWorkspace().value()).orElseThrow(RecordNotFoundException::new);
        List<GoalProgressView> found = reads.progress(plan.id, goalId).stream()
                .map(row -> {
                    PlanTexts texts = decryptor.noteTexts(row.sessionId());
                    return new GoalProgressView(
                            row.id(),
                            row.sessionId(),
                            row.recordedByUserId(),
                            row.recordedAt(),
                            texts.decrypt(
                                    row.note(),
                                    CarePlanEncryption.PROGRESS_TABLE,
                                    row.id(),
                                    CarePlanEncryption.PROGRESS_NOTE),
                            texts.decrypt(
                                    row.measure(),
                                    CarePlanEncryption.PROGRESS_TABLE,
                                    row.id(),
                                    CarePlanEncryption.MEASURE));
                })
                .toList();
        audit.recordRead(
                actor,
                RESOURCE,
                carePlanId,
                "goal_progress",
                Map.of("goal_id", goalId.toString(), "results", found.size()));
        return found;
    }

    @GetMapping("/api/v1/care-plans/{carePlanId}/history")
    CarePlanHistoryView history(Actor actor, @PathVariable UUID carePlanId) {
        CarePlanHistoryView found =
                history.history(carePlanId, actor.requireWorkspace().value()).orElseThrow(RecordNotFoundException::new);
        audit.recordRead(actor, RESOURCE, carePlanId, "history", Map.of());
        return found;
    }

    /** Active plans whose review date is on or before {@code on_or_before} (default: today, UTC), soonest first. */
    @GetMapping("/api/v1/care-plans/due-for-review")
    PageResponse<DueForReviewView> dueForReview(
            Actor actor,
            @RequestParam(name = "on_or_before", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate onOrBefore,
            @RequestParam(defaultValue = PageParams.DEFAULT_PAGE) @Min(1) int page,
            @RequestParam(name = "page_size", defaultValue = PageParams.DEFAULT_PAGE_SIZE)
                    @Min(1)
                    @Max(PageParams.MAX_PAGE_SIZE)
                    int pageSize) {
        UUID workspaceId = actor.requireWorkspace().value();
        LocalDate date = onOrBefore != null ? onOrBefore : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        PageParams paging = new PageParams(page, pageSize);
        List<DueForReviewView> items = reads.dueForReview(workspaceId, date, pageSize, (page - 1) * pageSize).stream()
                .map(row -> new DueForReviewView(row.id, row.clientId, row.reviewDate, row.revisionCount))
                .toList();
        // which clients are under a plan of care is PHI, even as ids and dates
        audit.recordRead(actor, RESOURCE, null, "due_for_review", Map.of("results", items.size(), "page", page));
        return PageResponse.of(items, reads.countDueForReview(workspaceId, date), paging);
    }

    /** Plans with their goals and interventions, read in one query per child table for all of them. */
    private List<CarePlanView> views(List<CarePlanRow> plans) {
        if (plans.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = plans.stream().map(plan -> plan.id).toList();
        Map<UUID, List<GoalRow>> goals = reads.goals(ids).stream().collect(Collectors.groupingBy(GoalRow::carePlanId));
        Map<UUID, List<InterventionRow>> interventions =
                reads.interventions(ids).stream().collect(Collectors.groupingBy(InterventionRow::carePlanId));
        return plans.stream()
                .map(plan -> decryptor.view(
                        plan, goals.getOrDefault(plan.id, List.of()), interventions.getOrDefault(plan.id, List.of())))
                .toList();
    }
}
