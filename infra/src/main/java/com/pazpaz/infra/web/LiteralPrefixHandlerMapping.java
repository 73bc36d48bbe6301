package com.pazpaz.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of annotated routes, with a cheap first test of a route against a request: the literal
 * start of its path patterns (decision 296).
 *
 * <p>For a path with a variable ({@code /api/v1/clients/{id}}) Spring MVC evaluates every route's conditions
 * (method, parameters, headers, media types, then the path pattern) against the request, one route after the
 * other; with the 50-odd routes of a service that walk was a fifth of a read's request thread
 * (docs/benchmarks/profile-reads.md). A path can only match a pattern if it starts with the pattern's literal
 * text up to its first variable or wildcard, so a route whose every pattern's start differs from the path is
 * skipped before its conditions are evaluated. The answer is the same as Spring MVC's: the test is only made
 * where it is exact, for a path with neither percent-encoding nor matrix parameters (those are decoded or
 * removed before Spring compares a pattern's literal parts, so the raw text proves nothing), and for routes
 * whose patterns are all parsed path patterns; any other request or route is matched by Spring alone.
 */
class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

    /** Each route's literal starts, one per pattern; a route without a usable start is not in the map. */
    private final Map<RequestMappingInfo, String[]> literalStarts = new ConcurrentHashMap<>();

    /**
     * The path of the request being looked up, taken once for all its routes (asking the request for it is a
     * walk through its wrappers' attributes); {@code null} when the raw text is not what is matched.
     */
    private static final ThreadLocal<String> PLAIN_PATH = new ThreadLocal<>();

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        String[] starts = literalStartsOf(mapping);
        if (starts != null) {
            literalStarts.put(mapping, starts);
        }
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String outer = PLAIN_PATH.get(); // a lookup inside a lookup (an error dispatch) keeps the outer one's
        PLAIN_PATH.set(plainPathOf(request));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            if (outer == null) {
                PLAIN_PATH.remove();
            } else {
                PLAIN_PATH.set(outer);
            }
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        return couldMatch(info, PLAIN_PATH.get()) ? super.getMatchingMapping(info, request) : null;
    }

    /** False only when the route cannot match: the request's path does not start as any of its patterns. */
    boolean couldMatch(RequestMappingInfo info, String plainPath) {
        String[] starts = literalStarts.get(info);
        return starts == null || startsWithAny(plainPath, starts);
    }

    /** The request's path within the application, or {@code null} when its raw text is not what is matched. */
    static String plainPathOf(HttpServletRequest request) {
        if (!(request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE) instanceof RequestPath parsed)) {
            return null;
        }
        String path = parsed.pathWithinApplication().value();
        return path.indexOf('%') < 0 && path.indexOf(';') < 0 ? path : null;
    }

    private static boolean startsWithAny(String path, String[] starts) {
        if (path == null) {
            return true; // not decidable here: Spring decides
        }
        for (String start : starts) {
            if (path.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    static String[] literalStartsOf(RequestMappingInfo mapping) {
        PathPatternsRequestCondition patterns = mapping.getPathPatternsCondition();
        if (patterns == null || patterns.getPatterns().isEmpty()) {
            return null;
        }
        return patterns.getPatterns().stream()
                .map(PathPattern::getPatternString)
                .map(LiteralPrefixHandlerMapping::literalStart)
                .toArray(String[]::new);
    }

    /** The pattern's text before its first variable or wildcard ({@code {}, {@code *}, {@code ?}). */
    static String literalStart(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '*' || c == '?') {
                return pattern.substring(0, i);
            }
        }
        return pattern;
    }
}
