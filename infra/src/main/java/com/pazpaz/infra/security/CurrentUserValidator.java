package com.pazpaz.infra.security;

import com.pazpaz.infra.security.UserStatusLookup.UserStatus;
import com.pazpaz.kernel.ids.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a valid token whose user is known to be deactivated, or whose workspace or role claim no longer matches
 * the user's (an owner demoted to assistant must not keep an owner's token). A user this service does not know
 * passes: the query side learns new users only once they are projected, and a token is still signed by a party
 * we trust. Platform administrators are in no workspace's directory and are not looked up.
 * Answers are cached for {@code ttl} (zero: no cache), which bounds how long a deactivated user keeps access.
 */
final class CurrentUserValidator implements OAuth2TokenValidator<Jwt> {

    /** Beyond this many cached users the cache starts over, so it stays tiny whatever the traffic. */
    private static final int MAX_CACHED = 10_000;

    private final UserStatusLookup lookup;
    private final Duration ttl;
    private final Clock clock;
    private final Map<UserId, Cached> cache = new ConcurrentHashMap<>();

    CurrentUserValidator(UserStatusLookup lookup, Duration ttl, Clock clock) {
        this.lookup = lookup;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        Actor actor;
        try {
            actor = TokenClaims.actorOf(jwt);
        } catch (RuntimeException malformed) {
            return OAuth2TokenValidatorResult.success(); // TokenClaims already refuses malformed claims
        }
        if (actor.isPlatformAdmin()) {
            return OAuth2TokenValidatorResult.success();
        }
        Optional<UserStatus> status = statusOf(actor.userId());
        if (status.isEmpty()) {
            return OAuth2TokenValidatorResult.success();
        }
        if (!status.get().active()) {
            return failure("User account is inactive");
        }
        if (status.get().role() != actor.role() || !Objects.equals(status.get().workspaceId(), actor.workspaceId())) {
            return failure("The token's role or workspace is no longer the user's");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private Optional<UserStatus> statusOf(UserId userId) {
        if (ttl.isZero()) {
            return lookup.statusOf(userId);
        }
        Instant now = clock.instant();
        Cached cached = cache.get(userId);
        if (cached != null && now.isBefore(cached.expiresAt())) {
            return cached.status();
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        Optional<UserStatus> status = lookup.statusOf(userId);
        cache.put(userId, new Cached(status, now.plus(ttl)));
        return status;
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }

    private record Cached(Optional<UserStatus> status, Instant expiresAt) {
    }
}
