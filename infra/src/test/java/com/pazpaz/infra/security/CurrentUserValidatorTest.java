package com.pazpaz.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.UserStatusLookup.UserStatus;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** Which valid tokens are refused because of what is known of their user now. */
class CurrentUserValidatorTest {

    private static final UserId USER = UserId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2026-03-03T09:00:00Z");

    private final Map<UserId, UserStatus> known = new HashMap<>();
    private final UserStatusLookup lookup = userId -> Optional.ofNullable(known.get(userId));

    private static Jwt token(UserId user, WorkspaceId workspace, Role role) {
        Jwt.Builder jwt = Jwt.withTokenValue("t")
                .header("alg", "HS256")
                .subject(user.toString())
                .claim(TokenClaims.ROLE, role.claim());
        if (workspace != null) {
            jwt.claim(TokenClaims.WORKSPACE_ID, workspace.toString());
        }
        return jwt.build();
    }

    private static boolean accepted(CurrentUserValidator validator, Jwt jwt) {
        return !validator.validate(jwt).hasErrors();
    }

    private CurrentUserValidator uncached() {
        return new CurrentUserValidator(lookup, Duration.ZERO, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void anActiveUserWithTheirCurrentRoleIsAccepted() {
        known.put(USER, new UserStatus(WORKSPACE, Role.ASSISTANT, true));
        assertThat(accepted(uncached(), token(USER, WORKSPACE, Role.ASSISTANT))).isTrue();
    }

    @Test
    void aDeactivatedUserIsRefused() {
        known.put(USER, new UserStatus(WORKSPACE, Role.ASSISTANT, false));
        assertThat(accepted(uncached(), token(USER, WORKSPACE, Role.ASSISTANT))).isFalse();
    }

    @Test
    void anActiveUserOfADeactivatedPracticeIsRefusedSayingSo() {
        known.put(USER, new UserStatus(WORKSPACE, Role.OWNER, true, false));
        assertThat(uncached().validate(token(USER, WORKSPACE, Role.OWNER)).getErrors())
                .extracting(error -> error.getDescription())
                .containsExactly("The user's practice is deactivated");
    }

    @Test
    void aTokenCarryingARoleTheUserNoLongerHasIsRefused() {
        known.put(USER, new UserStatus(WORKSPACE, Role.ASSISTANT, true));
        assertThat(accepted(uncached(), token(USER, WORKSPACE, Role.OWNER))).isFalse();
    }

    @Test
    void aTokenNamingAnotherWorkspaceThanTheUsersIsRefused() {
        known.put(USER, new UserStatus(WORKSPACE, Role.OWNER, true));
        assertThat(accepted(uncached(), token(USER, WorkspaceId.of(UUID.randomUUID()), Role.OWNER)))
                .isFalse();
    }

    @Test
    void aUserTheDirectoryDoesNotKnowIsRefused() {
        assertThat(accepted(uncached(), token(USER, WORKSPACE, Role.OWNER))).isFalse();
    }

    @Test
    void aUserNotKnownYetIsAcceptedWhileTheLookupIsBehind() {
        UserStatusLookup behind = new UserStatusLookup() {
            @Override
            public Optional<UserStatus> statusOf(UserId userId) {
                return Optional.empty();
            }

            @Override
            public boolean knowsEveryExistingUser() {
                return false;
            }
        };
        CurrentUserValidator validator = new CurrentUserValidator(behind, Duration.ZERO, Clock.systemUTC());
        assertThat(accepted(validator, token(USER, WORKSPACE, Role.OWNER))).isTrue();
    }

    @Test
    void anUnknownUserIsLookedUpAgainSoTheirCreationIsSeenAtOnce() {
        CurrentUserValidator validator = new CurrentUserValidator(lookup, Duration.ofHours(1), Clock.systemUTC());
        Jwt jwt = token(USER, WORKSPACE, Role.OWNER);
        assertThat(accepted(validator, jwt)).isFalse();
        known.put(USER, new UserStatus(WORKSPACE, Role.OWNER, true));
        assertThat(accepted(validator, jwt)).isTrue();
    }

    @Test
    void aConfiguredServiceUserIsNeverLookedUp() {
        UserStatusLookup failing = userId -> {
            throw new AssertionError("looked up");
        };
        CurrentUserValidator validator =
                new CurrentUserValidator(failing, Duration.ZERO, Clock.systemUTC(), java.util.Set.of(USER));
        assertThat(accepted(validator, token(USER, WORKSPACE, Role.ASSISTANT))).isTrue();
    }

    @Test
    void aPlatformAdministratorIsNeverLookedUp() {
        UserStatusLookup failing = userId -> {
            throw new AssertionError("looked up");
        };
        CurrentUserValidator validator = new CurrentUserValidator(failing, Duration.ZERO, Clock.systemUTC());
        assertThat(accepted(validator, token(USER, null, Role.PLATFORM_ADMIN))).isTrue();
    }

    @Test
    void aCachedAnswerServesUntilItsTimeToLiveHasPassed() {
        MutableClock clock = new MutableClock(NOW);
        CurrentUserValidator validator = new CurrentUserValidator(lookup, Duration.ofSeconds(2), clock);
        known.put(USER, new UserStatus(WORKSPACE, Role.ASSISTANT, true));
        Jwt jwt = token(USER, WORKSPACE, Role.ASSISTANT);
        assertThat(accepted(validator, jwt)).isTrue();

        known.put(USER, new UserStatus(WORKSPACE, Role.ASSISTANT, false));
        clock.now = NOW.plusMillis(1999);
        assertThat(accepted(validator, jwt)).as("still cached").isTrue();
        clock.now = NOW.plusSeconds(2);
        assertThat(accepted(validator, jwt)).as("looked up again").isFalse();
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
