package com.pazpaz.infra.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * Signs HS256 tokens with the shared key. Only the local stack and tests issue tokens themselves; production
 * tokens come from the organisation's identity provider.
 */
public class TokenIssuer {

    private final byte[] key;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final Clock clock;

    /** {@code issuer} and {@code audience} as the decoder expects them (null: claim left out). */
    public TokenIssuer(String base64Key, String issuer, String audience, Duration lifetime, Clock clock) {
        this.key = Base64.getDecoder().decode(base64Key);
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public String issue(Actor actor) {
        return mint(actor).token();
    }

    /** A token and what may be recorded about it (its id and times, never its text). */
    public IssuedToken mint(Actor actor) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        UUID tokenId = UUID.randomUUID();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(actor.userId().toString())
                .claim(TokenClaims.ROLE, actor.role().claim())
                .jwtID(tokenId.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt));
        if (actor.workspaceId() != null) {
            claims.claim(TokenClaims.WORKSPACE_ID, actor.workspaceId().toString());
        }
        if (issuer != null) {
            claims.issuer(issuer);
        }
        if (audience != null) {
            claims.audience(audience);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(key));
            return new IssuedToken(jwt.serialize(), tokenId, now, expiresAt);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign token", e);
        }
    }

    /**
     * @param token   the signed token: handed to the caller only, never logged or stored
     * @param tokenId its {@code jti}
     */
    public record IssuedToken(String token, UUID tokenId, Instant issuedAt, Instant expiresAt) {

        @Override
        public String toString() {
            return "IssuedToken[tokenId=" + tokenId + ", issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + "]";
        }
    }
}
