package com.pazpaz.query.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.OptionalLong;
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
 * 179); the count is taken in reservations of several reads, not one upsert per read ({@link ReadAllowances},
 * decision 300). The minute is the database's, so instances with skewed clocks agree. Over the limit: 429 with
 * {@code Retry-After}, the seconds until the caller's minute ends.
 */
class ReadRateLimiter implements HandlerInterceptor {

    private final ReadAllowances allowances;

    ReadRateLimiter(JdbcTemplate jdbc, ReadLimitProperties properties) {
        this.allowances = new ReadAllowances(jdbc, properties.perMinute(), System::nanoTime);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        OptionalLong refusedFor = allowances.take(subjectOf(request));
        if (refusedFor.isPresent()) {
            response.setHeader("Retry-After", Long.toString(refusedFor.getAsLong()));
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
