package com.pazpaz.infra.resilience;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The answer while the database is unreachable: 503, {@code Retry-After: 2}, a problem whose type says the store
 * is unavailable. Written both by {@link StoreUnavailableFilter} and by the API's exception handler, so that
 * every path answers the same.
 */
public final class StoreUnavailableProblem {

    public static final URI TYPE = URI.create("https://pazpaz.app/problems/store-unavailable");
    public static final String TITLE = "Store unavailable";
    /** Seconds a caller should wait before trying again: about how long a database restart is noticed. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private StoreUnavailableProblem() {}

    public static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The data store cannot be reached right now; nothing was changed. Try again in " + RETRY_AFTER_SECONDS
                        + " seconds");
        problem.setType(TYPE);
        problem.setTitle(TITLE);
        return problem;
    }

    public static ResponseEntity<Object> response() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem());
    }
}
