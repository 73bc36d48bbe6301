package com.pazpaz.command.common;

import com.pazpaz.command.common.IdempotentAnswers.Answer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The one mechanism that makes every create idempotent (decision 181): a POST sent with {@code Idempotency-Key}
 * by an authenticated user is served once; a retry with the same key gets the first (successful) answer again,
 * status, {@code Location}, {@code ETag} and body, and creates nothing. A retry while the first is still being
 * served is 409; the same key on another path is 422. A failed request keeps no answer, so its retry runs again.
 * Runs after Spring Security (it needs the user), and only for the requests that carry the header.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern SANE = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final long FORGET_EVERY = 1_000;

    private final IdempotentAnswers answers;
    private final AtomicLong claims = new AtomicLong();

    IdempotencyKeyFilter(IdempotentAnswers answers) {
        this.answers = answers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UUID user = currentUser();
        String key = request.getHeader(HEADER);
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!SANE.matcher(key).matches()) {
            problem(response, 422, HEADER + " must be 1 to 255 visible ASCII characters");
            return;
        }
        String path = request.getRequestURI();
        if (!answers.claim(user, key, path)) {
            replay(answers.find(user, key).orElse(null), path, response);
            return;
        }
        if (claims.incrementAndGet() % FORGET_EVERY == 0) {
            answers.forgetExpired();
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, recorded);
            if (recorded.getStatus() >= 200 && recorded.getStatus() < 300) {
                answers.complete(
                        user,
                        key,
                        new Answer(
                                path,
                                recorded.getStatus(),
                                recorded.getHeader("Location"),
                                recorded.getHeader("ETag"),
                                new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8)));
                kept = true;
            }
        } finally {
            if (!kept) {
                answers.release(user, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void replay(Answer first, String path, HttpServletResponse response) throws IOException {
        if (first == null || first.inProgress()) {
            problem(response, 409, "A request with this " + HEADER + " is still being served; retry shortly");
        } else if (!first.path().equals(path)) {
            problem(response, 422, "This " + HEADER + " was used for another request");
        } else {
            response.setStatus(first.status());
            if (first.location() != null) {
                response.setHeader("Location", first.location());
            }
            if (first.etag() != null) {
                response.setHeader("ETag", first.etag());
            }
            response.setHeader("Idempotent-Replayed", "true");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write(first.body() == null ? "" : first.body());
        }
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    private static UUID currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            try {
                return UUID.fromString(jwt.getSubject());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
