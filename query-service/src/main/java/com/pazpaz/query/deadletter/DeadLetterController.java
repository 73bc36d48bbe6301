package com.pazpaz.query.deadletter;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.isolation.EveryPractice;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read model's dead letters (docs/api.md, "Dead letters"; decision 119). A platform administrator sees every
 * practice's, retries and skips; a practice's owner sees and retries its own practice's (a retry changes nothing
 * unless every letter applies). Another practice's letters are 404 before any other check: these checks are made
 * here, then the work runs for every practice ({@link EveryPractice}: the letters table has row-level security like
 * every table with a {@code workspace_id}, and a platform administrator's request names no workspace).
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
class DeadLetterController {

    private static final int LIST_LIMIT = 1000;

    private final DeadLetters letters;
    private final DeadLetterRetry retry;
    private final DeadLetterSkip skip;

    DeadLetterController(DeadLetters letters, DeadLetterRetry retry, DeadLetterSkip skip) {
        this.letters = letters;
        this.retry = retry;
        this.skip = skip;
    }

    /** Every practice's letters for a platform administrator (oldest first, at most 1000); an owner's own. */
    @GetMapping
    DeadLetterList list(Actor actor) {
        if (actor.isPlatformAdmin()) {
            return new DeadLetterList(EveryPractice.call(() -> letters.all(LIST_LIMIT)));
        }
        UUID own = actor.requireOwner().value();
        return new DeadLetterList(EveryPractice.call(() -> letters.of(own)));
    }

    @GetMapping("/{workspaceId}")
    DeadLetterList ofWorkspace(@PathVariable UUID workspaceId, Actor actor) {
        UUID workspace = requireMayRetry(workspaceId, actor);
        return new DeadLetterList(EveryPractice.call(() -> letters.of(workspace)));
    }

    /** Applies the practice's letters in order; 409 (nothing changed) if one still fails. */
    @PostMapping("/{workspaceId}/retry")
    RetryOutcome retry(@PathVariable UUID workspaceId, Actor actor) {
        UUID workspace = requireMayRetry(workspaceId, actor);
        return EveryPractice.call(() -> new RetryOutcome(retry.retry(workspace), letters.of(workspace)));
    }

    /** Drops the practice's first letter (recorded in its audit trail), then retries the ones behind it. */
    @PostMapping("/{workspaceId}/skip")
    RetryOutcome skip(@PathVariable UUID workspaceId, @Valid @RequestBody SkipRequest request, Actor actor) {
        if (!actor.isPlatformAdmin()) {
            requireMayRetry(workspaceId, actor);
            throw new AccessDeniedException("Only a platform administrator skips an event");
        }
        return EveryPractice.call(() -> {
            skip.skip(workspaceId, request, actor);
            int applied;
            try {
                applied = retry.retry(workspaceId);
            } catch (BusinessRuleViolation stillFailing) {
                // the skip stands; the next letter now heads the practice's queue, its failure recorded on it
                applied = 0;
            }
            return new RetryOutcome(applied, letters.of(workspaceId));
        });
    }

    /** A platform administrator, or the practice's own owner; another practice's letters are "not found". */
    private static UUID requireMayRetry(UUID workspace, Actor actor) {
        if (actor.isPlatformAdmin()) {
            return workspace;
        }
        if (actor.workspaceId() == null || !actor.workspaceId().value().equals(workspace)) {
            throw new RecordNotFoundException();
        }
        return actor.requireOwner().value();
    }

    record DeadLetterList(List<DeadLetter> items) {}

    /** How many letters were applied, and the practice's letters left (none once it has caught up). */
    record RetryOutcome(int applied, List<DeadLetter> remaining) {}
}
