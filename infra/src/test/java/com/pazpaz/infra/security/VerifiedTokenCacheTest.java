package com.pazpaz.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** A token is verified once; what can change is checked on every request; a refused token is never kept. */
class VerifiedTokenCacheTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicBoolean userStillActive = new AtomicBoolean(true);
    private final JwtDecoder verifying = token -> {
        verifications.incrementAndGet();
        if (token.startsWith("forged")) {
            throw new BadJwtException("Signed by someone else");
        }
        return Jwt.withTokenValue(token)
                .header("alg", "HS256")
                .subject("u")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600))
                .build();
    };
    private final VerifiedTokenCache cache = new VerifiedTokenCache(
            verifying,
            jwt -> userStillActive.get()
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(
                            new OAuth2Error("invalid_token", "User account is inactive", null)));

    @Test
    void theSameTokenIsVerifiedOnceAcrossRequests() {
        for (int request = 0; request < 5; request++) {
            assertThat(cache.decode("token-a").getSubject()).isEqualTo("u");
        }
        cache.decode("token-b");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void theChecksOfEveryRequestStillRefuseACachedToken() {
        cache.decode("token-a");
        userStillActive.set(false);
        assertThatThrownBy(() -> cache.decode("token-a"))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("User account is inactive");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aTokenThatFailsVerificationIsVerifiedAgainEveryTime() {
        for (int request = 0; request < 3; request++) {
            assertThatThrownBy(() -> cache.decode("forged-token")).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).hasValue(3);
    }
}
