package com.pazpaz.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** A problem answered by a servlet filter, before Spring MVC and its exception handler are reached. */
public final class FilterProblems {

    private FilterProblems() {}

    /** Writes {@code problem} with its status and a {@code Retry-After} of {@code retryAfterSeconds}. */
    public static void writeRetryLater(
            HttpServletResponse response, ObjectMapper objectMapper, ProblemDetail problem, int retryAfterSeconds)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
