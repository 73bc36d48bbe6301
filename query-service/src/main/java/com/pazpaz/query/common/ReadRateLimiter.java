package com.pazpaz.query.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * At most {@link ReadLimitProperties#perMinute()} reads per caller (its user, or its IP address when it has no
 * token) and minute, counted in PostgreSQL so that every query-service instance shares the count (decision
 * 179). One upsert per read into an unlogged table, in its own autocommit; the minute is the database's, so
 * instances with skewed clocks agree. Over the limit: 429 with {@code Retry-After}.
 */
class ReadRateLimiter implements HandlerInterceptor {

    private static final String COUNT_SQL = """
            INSERT INTO rate_limits.request_windows AS w (subject, window_start, requests)
            VALUES (?, date_trunc('minute', now()), 1)
            ON CONFLICT (subject, window_start) DO UPDATE SET requests = w.requests + 1
            RETURNING w.requests""";
    private static final String FORGET_SQL =
            "DELETE FROM rate_limits.request_windows WHERE window_start < date_trunc('minute', now())";
    private static final long FORGET_EVERY = 10_000;

    private final JdbcTemplate jdbc;
    private final ReadLimitProperties properties;
    private final AtomicLong counted = new AtomicLong();

    ReadRateLimiter(JdbcTemplate jdbc, ReadLimitProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Integer requests = jdbc.queryForObject(COUNT_SQL, Integer.class, subjectOf(request));
        if (counted.incrementAndGet() % FORGET_EVERY == 0) {
            jdbc.update(FORGET_SQL);
        }
        if (requests != null && requests > properties.perMinute()) {
            response.setHeader("Retry-After", "60");
            throw new ResponseStatusException(
                    HttpStatus.TOO_MANY_REQUESTS, "Too many reads in this minute; retry later");
        }
        return true;
    }

    static String subjectOf(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return "user:" + jwt.getSubject();
        }
        return "ip:" + request.getRemoteAddr();
    }
}
