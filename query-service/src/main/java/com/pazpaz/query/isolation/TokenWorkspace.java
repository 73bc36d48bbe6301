package com.pazpaz.query.isolation;

import com.pazpaz.infra.security.TokenClaims;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The workspace a transaction names to the row policies: the one of the bearer token the request was
 * authenticated with, or, inside {@link #call}, the one of another credential the service verified itself (a
 * signed download link). Never one taken from a request's parameters, body or headers.
 */
public final class TokenWorkspace {

    private static final ThreadLocal<WorkspaceId> VERIFIED = new ThreadLocal<>();

    private TokenWorkspace() {}

    /** Runs {@code work} naming {@code workspace}, which a credential checked by this service vouches for. */
    public static <T> T call(WorkspaceId workspace, Supplier<T> work) {
        WorkspaceId outer = VERIFIED.get();
        VERIFIED.set(workspace);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                VERIFIED.remove();
            } else {
                VERIFIED.set(outer);
            }
        }
    }

    /** The workspace to name now, if any (none for a platform administrator and outside requests). */
    static Optional<WorkspaceId> current() {
        WorkspaceId verified = VERIFIED.get();
        if (verified != null) {
            return Optional.of(verified);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            return Optional.empty();
        }
        return Optional.ofNullable(TokenClaims.actorOf(jwt).workspaceId());
    }
}
