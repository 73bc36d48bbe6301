package com.pazpaz.infra.resilience;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pazpaz.infra.web.FilterProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of security and the API: while the probe says the database is away, answers 503 at once (the token
 * check itself may need the database); and when a request meets the outage before the probe noticed, a failure
 * that escapes the API's own handler (for example from the security filters) still becomes that 503 rather than
 * a 500. Health and metrics endpoints pass: they must tell what is wrong.
 */
public class StoreUnavailableFilter extends OncePerRequestFilter {

    private final DatabaseAvailability availability;
    private final ObjectMapper objectMapper;

    public StoreUnavailableFilter(DatabaseAvailability availability, ObjectMapper objectMapper) {
        this.availability = availability;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!availability.isAvailable()) {
            write(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            write(response);
        }
    }

    private void write(HttpServletResponse response) throws IOException {
        FilterProblems.writeRetryLater(
                response, objectMapper, StoreUnavailableProblem.problem(), StoreUnavailableProblem.RETRY_AFTER_SECONDS);
    }
}
