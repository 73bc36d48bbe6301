package com.pazpaz.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Parses and verifies each distinct token once (decision 90): a client sends the same token with every request
 * of its session, and its signature and claims cannot change. What can change is checked on every request: the
 * clock against the token's expiry and not-before, and the token's user against what the service knows now
 * ({@link CurrentUserValidator}). The key is the whole token, signature included, so only a token that verified
 * exactly as sent is ever taken from the cache; tokens that fail are not kept.
 */
final class VerifiedTokenCache implements JwtDecoder {

    /** A few thousand sessions' tokens, a few MB of heap; an evicted token is verified again. */
    private static final int MAX_TOKENS = 4_096;
    /** A cached token is verified again after this, whatever its lifetime. */
    private static final Duration REVERIFY_AFTER = Duration.ofMinutes(10);

    private final JwtDecoder verifying;
    private final OAuth2TokenValidator<Jwt> everyRequest;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfterWrite(REVERIFY_AFTER)
            .build();

    /**
     * @param verifying    parses, verifies the signature and applies every check of the token alone
     * @param everyRequest checks applied to every request, cached token or not
     */
    VerifiedTokenCache(JwtDecoder verifying, OAuth2TokenValidator<Jwt> everyRequest) {
        this.verifying = verifying;
        this.everyRequest = everyRequest;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.get(token, verifying::decode);
        OAuth2TokenValidatorResult result = everyRequest.validate(jwt);
        if (result.hasErrors()) {
            String description =
                    result.getErrors().stream().map(OAuth2Error::getDescription).collect(Collectors.joining("; "));
            throw new JwtValidationException(
                    "An error occurred while attempting to decode the Jwt: " + description, result.getErrors());
        }
        return jwt;
    }
}
