package com.pazpaz.query.common;

import com.pazpaz.infra.eventstore.EventStoreHead;
import com.pazpaz.infra.security.TokenClaims;
import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.ids.WorkspaceId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Read-your-writes: a query sent with {@code X-Consistency-Position: N} (the position a command answered with)
 * is held until the read model has applied event N, at most {@link ConsistencyProperties#maxWait()}; past that
 * it is answered 504 rather than with data older than the caller's own write.
 *
 * <p>Waiting costs a request thread, so it is rationed (issue 13, decision 178): only an authenticated caller
 * waits; a position beyond the event store's head (no write can have answered it) is 400 at once; and at most
 * {@link ConsistencyProperties#maxWaiters()} requests wait together, one more is 503 at once.
 *
 * <p>A caller whose practice has an event parked at or below N (the dead-letter queue, decision 143) would wait
 * for nothing, or read rows that lack the write: it is answered 503 at once, naming the pause.
 */
class ConsistencyGate implements HandlerInterceptor {

    static final String HEADER = "X-Consistency-Position";
    private static final long POLL_MILLIS = 2;

    private final ProjectionProgress progress;
    private final ConsistencyProperties properties;
    private final EventStoreHead head;
    private final Semaphore waiters;
    private final ParkedSequences parked;

    ConsistencyGate(
            ProjectionProgress progress,
            ConsistencyProperties properties,
            EventStoreHead head,
            ParkedSequences parked) {
        this.progress = progress;
        this.parked = parked;
        this.properties = properties;
        this.head = head;
        this.waiters = new Semaphore(properties.maxWaiters());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String header = request.getHeader(HEADER);
        if (header == null) {
            return true;
        }
        long position = parse(header);
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (!authenticated(caller)) {
            // an anonymous request is refused by its endpoint (401) or needs no read-your-writes: it never waits
            return true;
        }
        refuseIfParked(caller, position);
        if (progress.hasApplied(position)) {
            return true;
        }
        if (position > head.position()) {
            throw new BusinessRuleViolation(
                    BusinessRuleViolation.Kind.BAD_REQUEST,
                    HEADER + " is beyond the newest stored event; send the position a command answered with");
        }
        if (!waiters.tryAcquire()) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE, "Too many queries are waiting for the read model; retry shortly");
        }
        try {
            awaitApplied(position);
        } finally {
            waiters.release();
        }
        return true;
    }

    private void awaitApplied(long position) throws InterruptedException {
        long deadline = System.nanoTime() + properties.maxWait().toNanos();
        while (!progress.hasApplied(position)) {
            if (System.nanoTime() > deadline) {
                throw new ResponseStatusException(
                        HttpStatus.GATEWAY_TIMEOUT,
                        "The read model has not reached position " + position + " yet; retry shortly");
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
    }

    /** The parked event's own position counts as passed by the processor, yet the caller's write is not applied. */
    private void refuseIfParked(Authentication caller, long position) {
        if (!(caller.getPrincipal() instanceof Jwt jwt)) {
            return;
        }
        WorkspaceId workspace = TokenClaims.actorOf(jwt).workspaceId();
        OptionalLong first = workspace == null ? OptionalLong.empty() : parked.firstParkedPosition(workspace.value());
        if (first.isPresent() && first.getAsLong() <= position) {
            throw new BusinessRuleViolation(
                    BusinessRuleViolation.Kind.UNAVAILABLE,
                    "This practice's read model is "
                            + "paused at a failed event (position " + first.getAsLong()
                            + "); its later changes are kept and "
                            + "applied once an administrator has retried or skipped it. Retry later");
        }
    }

    private static boolean authenticated(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static long parse(String header) {
        try {
            long position = Long.parseLong(header.trim());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ValidationFailedException(List.of(new FieldProblem(HEADER, "must be a non-negative event position")));
    }
}
