package com.pazpaz.infra.security;

import com.pazpaz.infra.security.UserStatusLookup.UserStatus;
import com.pazpaz.kernel.ids.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a valid token whose user is known to be deactivated or to belong to a closed practice (decision 272), or
 * whose workspace or role claim no longer matches the user's (an owner demoted to assistant must not keep an owner's
 * token), or whose user does not exist: a user the lookup does not know is refused once the lookup knows every
 * existing user (decision 168; the query side learns new users only once they are projected, so there an unknown
 * user passes while the projection is behind).
 * Platform administrators and the configured service users are in no workspace's directory and are not looked up.
 * Known users' answers are cached for {@code ttl} (zero: no cache), which bounds how long a deactivated user keeps
 * access; an unknown user is looked up again on every request, so a user created a moment later is let in at once.
 */
final class CurrentUserValidator implements OAuth2TokenValidator<Jwt> {

    /** Beyond this many cached users the cache starts over, so it stays tiny whatever the traffic. */
    private static final int MAX_CACHED = 10_000;

    private final UserStatusLookup lookup;
    private final Duration ttl;
    private final Clock clock;
    private final Set<UserId> serviceUsers;
    private final Map<UserId, Cached> cache = new ConcurrentHashMap<>();

    CurrentUserValidator(UserStatusLookup lookup, Duration ttl, Clock clock) {
        this(lookup, ttl, clock, Set.of());
    }

    CurrentUserValidator(UserStatusLookup lookup, Duration ttl, Clock clock, Set<UserId> serviceUsers) {
        this.lookup = lookup;
        this.ttl = ttl;
        this.clock = clock;
        this.serviceUsers = Set.copyOf(serviceUsers);
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        Actor actor;
        try {
            actor = TokenClaims.actorOf(jwt);
        } catch (RuntimeException malformed) {
            return OAuth2TokenValidatorResult.success(); // TokenClaims already refuses malformed claims
        }
        if (actor.isPlatformAdmin() || serviceUsers.contains(actor.userId())) {
            return OAuth2TokenValidatorResult.success();
        }
        Optional<UserStatus> status = statusOf(actor.userId());
        if (status.isEmpty()) {
            if (!lookup.knowsEveryExistingUser()) {
                return OAuth2TokenValidatorResult.success();
            }
            // once more, now that the lookup is known to be caught up: the user's row may have been committed
            // between the first look and the progress check
            status = lookup.statusOf(actor.userId());
            if (status.isEmpty()) {
                return failure("The token's user does not exist");
            }
        }
        if (!status.get().active()) {
            return failure("User account is inactive");
        }
        if (!status.get().practiceActive()) {
            return failure("The user's practice is deactivated");
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
        status.ifPresent(known -> cache.put(userId, new Cached(Optional.of(known), now.plus(ttl))));
        return status;
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }

    private record Cached(Optional<UserStatus> status, Instant expiresAt) {}
}
