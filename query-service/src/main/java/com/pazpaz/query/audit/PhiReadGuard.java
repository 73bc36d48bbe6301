package com.pazpaz.query.audit;

import com.pazpaz.infra.access.PhiRoute;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.TokenClaims;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.lang.NonNull;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The read side of the one mechanism (docs/audit.md): before the body of a successful answer of a
 * {@code PhiEndpoint} is written, it records the read ({@code operation: read}, the path's last id as the record)
 * unless the handler already described it through {@link AccessAudit} (a list with its counts, a read
 * {@code as_of}, a history). A plain read of one record needs no code of its own, and a new PHI endpoint cannot
 * answer unrecorded. As before, the answer waits until the record is committed, and fails if it cannot be.
 * Bodies streamed by the handler itself (the audit export, the zip) never pass here: they record before their
 * first byte.
 */
@ControllerAdvice
class PhiReadGuard implements ResponseBodyAdvice<Object> {

    private static final Logger log = LoggerFactory.getLogger(PhiReadGuard.class);
    private static final String RECORDED = PhiReadGuard.class.getName() + ".recorded";

    private final AccessAudit audit;

    PhiReadGuard(AccessAudit audit) {
        this.audit = audit;
    }

    /** Called once a read of the current request is durable. */
    static void recorded() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(RECORDED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    public boolean supports(
            @NonNull MethodParameter returnType, @NonNull Class<? extends HttpMessageConverter<?>> converterType) {
        return PhiRoute.resourceType(returnType.getContainingClass(), returnType.getMethod())
                .isPresent();
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            @NonNull MethodParameter returnType,
            @NonNull MediaType contentType,
            @NonNull Class<? extends HttpMessageConverter<?>> converterType,
            @NonNull ServerHttpRequest request,
            @NonNull ServerHttpResponse response) {
        if (body instanceof ProblemDetail
                || !(request instanceof ServletServerHttpRequest servlet)
                || servlet.getServletRequest().getAttribute(RECORDED) != null
                || failed(response)) {
            return body;
        }
        HttpServletRequest http = servlet.getServletRequest();
        Optional<PhiRoute> route = PhiRoute.of(http);
        Optional<Actor> actor = currentActor();
        if (route.isPresent() && actor.isPresent()) {
            log.debug("{}: recorded as a plain read", route.get().route());
            audit.recordRead(
                    actor.get(), route.get().resourceType(), route.get().requestedId(), "read", Map.of());
        }
        return body;
    }

    private static boolean failed(ServerHttpResponse response) {
        return response instanceof ServletServerHttpResponse servlet
                && servlet.getServletResponse().getStatus() >= 400;
    }

    private static Optional<Actor> currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Jwt jwt
                ? Optional.of(TokenClaims.actorOf(jwt))
                : Optional.empty();
    }
}
