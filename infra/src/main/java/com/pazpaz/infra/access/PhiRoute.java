package com.pazpaz.infra.access;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What a request to a {@link PhiEndpoint} is about, read from what Spring MVC matched: the resource type, the id
 * asked for and the route. Only what the caller sent, never anything looked up.
 *
 * @param resourceType from the handler's (or its controller's) {@link PhiEndpoint}
 * @param requestedId  the last id of the path (the most specific: the attachment of a client), or null
 * @param route        the method and the route's pattern, e.g. {@code GET /api/v1/clients/{clientId}}
 */
public record PhiRoute(String resourceType, UUID requestedId, String route) {

    /** The PHI route the request was matched to, or empty when its handler serves no PHI (or none matched). */
    public static Optional<PhiRoute> of(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
            return Optional.empty();
        }
        return resourceType(handler)
                .map(type -> new PhiRoute(
                        type,
                        lastId(request),
                        request.getMethod() + " "
                                + request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)));
    }

    /** The handler's resource type: its own {@link PhiEndpoint}, else its controller's. */
    public static Optional<String> resourceType(HandlerMethod handler) {
        return resourceType(handler.getBeanType(), handler.getMethod());
    }

    /** The resource type of a handler method of a controller, or empty when it serves no PHI. */
    public static Optional<String> resourceType(Class<?> controller, Method handler) {
        PhiEndpoint own = handler == null ? null : handler.getAnnotation(PhiEndpoint.class);
        return Optional.ofNullable(
                        own != null ? own : ClassUtils.getUserClass(controller).getAnnotation(PhiEndpoint.class))
                .map(PhiEndpoint::value);
    }

    private static UUID lastId(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)) {
            return null;
        }
        List<Object> values = new ArrayList<>(variables.values()); // in the pattern's order
        for (int i = values.size() - 1; i >= 0; i--) {
            try {
                return UUID.fromString(String.valueOf(values.get(i)));
            } catch (IllegalArgumentException notAnId) {
                // a path segment that is no id (a version number, a name): look further left
            }
        }
        return null;
    }
}
