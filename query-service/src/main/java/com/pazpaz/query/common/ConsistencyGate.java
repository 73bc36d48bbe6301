package com.pazpaz.query.common;

import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Read-your-writes: a query sent with {@code X-Consistency-Position: N} (the position a command answered with)
 * is held until the read model has applied event N, at most {@link ConsistencyProperties#maxWait()}; past that
 * it is answered 504 rather than with data older than the caller's own write.
 */
class ConsistencyGate implements HandlerInterceptor {

    static final String HEADER = "X-Consistency-Position";
    private static final long POLL_MILLIS = 2;

    private final ProjectionProgress progress;
    private final ConsistencyProperties properties;

    ConsistencyGate(ProjectionProgress progress, ConsistencyProperties properties) {
        this.progress = progress;
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String header = request.getHeader(HEADER);
        if (header == null) {
            return true;
        }
        long position = parse(header);
        long deadline = System.nanoTime() + properties.maxWait().toNanos();
        while (!progress.hasApplied(position)) {
            if (System.nanoTime() > deadline) {
                throw new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT,
                        "The read model has not reached position " + position + " yet; retry shortly");
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
        return true;
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
