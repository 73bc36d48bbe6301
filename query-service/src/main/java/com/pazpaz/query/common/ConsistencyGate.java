package com.pazpaz.query.common;

import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.pazpaz.infra.eventstore.EventStoreHead;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
 */
class ConsistencyGate implements HandlerInterceptor {

    static final String HEADER = "X-Consistency-Position";
    private static final long POLL_MILLIS = 2;

    private final ProjectionProgress progress;
    private final ConsistencyProperties properties;
    private final EventStoreHead head;
    private final Semaphore waiters;

    ConsistencyGate(ProjectionProgress progress, ConsistencyProperties properties, EventStoreHead head) {
        this.progress = progress;
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
        if (progress.hasApplied(position) || !authenticated()) {
            // an anonymous request is refused by its endpoint (401) or needs no read-your-writes: it never waits
            return true;
        }
        if (position > head.position()) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.BAD_REQUEST, HEADER
                    + " is beyond the newest stored event; send the position a command answered with");
        }
        if (!waiters.tryAcquire()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Too many queries are waiting for the read model; retry shortly");
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
                throw new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT,
                        "The read model has not reached position " + position + " yet; retry shortly");
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
    }

    private static boolean authenticated() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
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
