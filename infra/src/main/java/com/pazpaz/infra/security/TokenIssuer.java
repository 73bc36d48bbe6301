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
    private final Duration lifetime;
    private final Clock clock;

    public TokenIssuer(String base64Key, String issuer, Duration lifetime, Clock clock) {
        this.key = Base64.getDecoder().decode(base64Key);
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public String issue(Actor actor) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(actor.userId().toString())
                .claim(TokenClaims.ROLE, actor.role().claim())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)));
        if (actor.workspaceId() != null) {
            claims.claim(TokenClaims.WORKSPACE_ID, actor.workspaceId().toString());
        }
        if (issuer != null) {
            claims.issuer(issuer);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign token", e);
        }
    }
}
