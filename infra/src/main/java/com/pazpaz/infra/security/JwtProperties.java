package com.pazpaz.infra.security;

import com.pazpaz.kernel.ids.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tokens are checked (and, on the local stack, issued).
 *
 * @param hmacSecret base64 of a 256-bit (or longer) HS256 key; used when no JWKS URI is given
 * @param jwkSetUri  the identity provider's JWKS endpoint (production); takes precedence over the HMAC key
 * @param issuer     expected {@code iss} claim: the identity provider's issuer; a token from any other is refused
 *                   (required outside the local stack, decision 166)
 * @param audience   expected {@code aud} value: this API's name at the identity provider; a token issued for
 *                   another application is refused (required outside the local stack, decision 166)
 * @param tokenLifetime lifetime of tokens this deployment issues itself (local stack only)
 * @param userStatusCacheTtl how long a user's active flag and role are cached after a lookup (zero: looked up on
 *                           every request); a deactivated user keeps access for at most this long
 * @param serviceUserIds user ids of the system's own services that read as users of no practice (the reminders
 *                       service); tokens naming them are not looked up in the user directory (decision 168)
 */
@ConfigurationProperties("pazpaz.security.jwt")
public record JwtProperties(
        String hmacSecret,
        String jwkSetUri,
        String issuer,
        String audience,
        @DefaultValue("7d") Duration tokenLifetime,
        @DefaultValue("0s") Duration userStatusCacheTtl,
        @DefaultValue List<UUID> serviceUserIds) {

    /**
     * Outside the local stack a token must name who issued it and for whom: without both checks a token the
     * identity provider issued to another of the organisation's applications would open this API too.
     */
    void requireIssuerAndAudienceUnless(boolean localStack) {
        if (!localStack && (isBlank(issuer) || isBlank(audience))) {
            throw new IllegalStateException("Set pazpaz.security.jwt.issuer and pazpaz.security.jwt.audience "
                    + "(the identity provider's issuer and this API's audience): tokens are checked against both");
        }
    }

    Set<UserId> serviceUsers() {
        return serviceUserIds == null
                ? Set.of()
                : serviceUserIds.stream().map(UserId::of).collect(Collectors.toUnmodifiableSet());
    }

    boolean checksIssuer() {
        return !isBlank(issuer);
    }

    boolean checksAudience() {
        return !isBlank(audience);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
