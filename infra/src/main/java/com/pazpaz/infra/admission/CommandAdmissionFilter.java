package com.pazpaz.infra.admission;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pazpaz.infra.web.FilterProblems;
import com.pazpaz.infra.web.RequestBodySizeFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every command (a POST, PUT, PATCH or DELETE under {@code /api/}) through {@link CommandAdmission}. Runs
 * after Spring Security, so that requests without a valid token are refused before they queue. A JSON body (its
 * size bounded by {@link RequestBodySizeFilter}) is read before the turn is taken. Requests with another body,
 * file uploads, pass: they are bound by the network and by their own limits, and a turn held while a file streams
 * in would keep commands waiting.
 */
public class CommandAdmissionFilter extends OncePerRequestFilter {

    static final URI BUSY = URI.create("https://pazpaz.app/problems/busy");
    static final int RETRY_AFTER_SECONDS = 1;
    private static final Set<String> COMMAND_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final CommandAdmission admission;
    private final ObjectMapper objectMapper;

    CommandAdmissionFilter(CommandAdmission admission, ObjectMapper objectMapper) {
        this.admission = admission;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !COMMAND_METHODS.contains(request.getMethod())
                || !request.getRequestURI().startsWith("/api/")
                || (request.getContentType() != null && !RequestBodySizeFilter.isJson(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // only a JSON body is read ahead: its size is bounded before this filter, another one's is not
        HttpServletRequest command = RequestBodySizeFilter.isJson(request) && request.getContentLengthLong() > 0
                ? BufferedBodyRequest.read(request)
                : request;
        CommandAdmission.Turn turn;
        try {
            turn = admission.admit();
        } catch (CommandAdmission.NoTurnException e) {
            busy(response);
            return;
        }
        try (turn) {
            chain.doFilter(command, response);
        }
    }

    private void busy(HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Too many commands are waiting right now; nothing was changed. Try again in " + RETRY_AFTER_SECONDS
                        + " second");
        problem.setType(BUSY);
        problem.setTitle("Busy");
        FilterProblems.writeRetryLater(response, objectMapper, problem, RETRY_AFTER_SECONDS);
    }
}
