package com.pazpaz.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * A token signed with the right key is still refused when it names another issuer or another audience than the
 * service expects (decision 166); a JwtValidationException is what the resource server answers with 401.
 */
class TokenIssuerAndAudienceTest {

    private static final String KEY = randomKey();
    private static final String ISSUER = "https://idp.example/";
    private static final String AUDIENCE = "pazpaz-api";
    private static final Actor OWNER =
            new Actor(UserId.of(UUID.randomUUID()), WorkspaceId.of(UUID.randomUUID()), Role.OWNER);

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static JwtProperties expecting(String issuer, String audience) {
        return new JwtProperties(KEY, null, issuer, audience, Duration.ofHours(1), Duration.ZERO, List.of());
    }

    private static NimbusJwtDecoder decoder(JwtProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(
                        new SecretKeySpec(Base64.getDecoder().decode(KEY), "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(SecurityConfiguration.checksOfTheTokenAlone(properties));
        return decoder;
    }

    private static String tokenFrom(String issuer, String audience) {
        return new TokenIssuer(KEY, issuer, audience, Duration.ofHours(1), Clock.systemUTC()).issue(OWNER);
    }

    @Test
    void aTokenOfTheExpectedIssuerForTheExpectedAudienceIsAccepted() {
        assertThat(decoder(expecting(ISSUER, AUDIENCE))
                        .decode(tokenFrom(ISSUER, AUDIENCE))
                        .getSubject())
                .isEqualTo(OWNER.userId().toString());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertThatThrownBy(() -> decoder(expecting(ISSUER, AUDIENCE)).decode(tokenFrom(ISSUER, "billing-app")))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("aud");
    }

    @Test
    void aTokenWithoutAnAudienceIsRefusedWhenOneIsExpected() {
        assertThatThrownBy(() -> decoder(expecting(ISSUER, AUDIENCE)).decode(tokenFrom(ISSUER, null)))
                .isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertThatThrownBy(
                        () -> decoder(expecting(ISSUER, AUDIENCE)).decode(tokenFrom("https://evil.example/", AUDIENCE)))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("iss");
    }

    @Test
    void withoutConfiguredIssuerAndAudienceNeitherIsChecked() {
        assertThat(decoder(expecting(null, null))
                        .decode(tokenFrom("anyone", "anything"))
                        .getSubject())
                .isEqualTo(OWNER.userId().toString());
    }

    @Test
    void outsideTheLocalStackBothAreRequiredAtStartUp() {
        assertThatThrownBy(() -> expecting(ISSUER, null).requireIssuerAndAudienceUnless(false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pazpaz.security.jwt.audience");
        assertThatThrownBy(() -> expecting(" ", AUDIENCE).requireIssuerAndAudienceUnless(false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pazpaz.security.jwt.issuer");
        expecting(ISSUER, AUDIENCE).requireIssuerAndAudienceUnless(false);
        expecting(null, null).requireIssuerAndAudienceUnless(true);
    }
}
