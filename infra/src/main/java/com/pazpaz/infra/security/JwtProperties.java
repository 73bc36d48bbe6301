package com.pazpaz.infra.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tokens are checked (and, on the local stack, issued).
 *
 * @param hmacSecret base64 of a 256-bit (or longer) HS256 key; used when no JWKS URI is given
 * @param jwkSetUri  the identity provider's JWKS endpoint (production); takes precedence over the HMAC key
 * @param issuer     expected {@code iss} claim, if any
 * @param tokenLifetime lifetime of tokens this deployment issues itself (local stack only)
 * @param userStatusCacheTtl how long a user's active flag and role are cached after a lookup (zero: looked up on
 *                           every request); a deactivated user keeps access for at most this long
 */
@ConfigurationProperties("pazpaz.security.jwt")
public record JwtProperties(
        String hmacSecret,
        String jwkSetUri,
        String issuer,
        @DefaultValue("7d") Duration tokenLifetime,
        @DefaultValue("0s") Duration userStatusCacheTtl) {
}
