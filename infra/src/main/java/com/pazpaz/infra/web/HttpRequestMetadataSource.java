package com.pazpaz.infra.web;

import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.infra.messaging.RequestMetadataSource;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.TokenClaims;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Reads the metadata of the HTTP request served on the current thread: token, peer address, user agent. */
class HttpRequestMetadataSource implements RequestMetadataSource {

    private static final int MAX_USER_AGENT = 512;

    @Override
    public Map<String, String> currentRequestMetadata() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return Map.of();
        }
        HttpServletRequest request = servlet.getRequest();
        Map<String, String> metadata = new HashMap<>();
        putIfPresent(
                metadata, MetadataKeys.CORRELATION_ID, (String) request.getAttribute(CorrelationIdFilter.ATTRIBUTE));
        putIfPresent(metadata, MetadataKeys.IP_ADDRESS, request.getRemoteAddr());
        putIfPresent(metadata, MetadataKeys.USER_AGENT, truncate(request.getHeader("User-Agent")));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            Actor actor = TokenClaims.actorOf(jwt);
            metadata.put(MetadataKeys.USER_ID, actor.userId().toString());
            if (actor.workspaceId() != null) {
                metadata.put(MetadataKeys.WORKSPACE_ID, actor.workspaceId().toString());
            }
        }
        return metadata;
    }

    private static void putIfPresent(Map<String, String> metadata, String key, String value) {
        if (value != null && !value.isEmpty()) {
            metadata.put(key, value);
        }
    }

    private static String truncate(String value) {
        return value == null || value.length() <= MAX_USER_AGENT ? value : value.substring(0, MAX_USER_AGENT);
    }
}
