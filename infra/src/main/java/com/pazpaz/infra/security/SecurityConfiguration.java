package com.pazpaz.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every API route needs a valid Bearer token; health, metrics and API docs are open. Stateless and without
 * cookies, so there is no CSRF to defend against.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
public class SecurityConfiguration implements WebMvcConfigurer {

    /** The profile of the local stack, the one place tokens may lack an expected issuer and audience. */
    private static final String LOCAL_PROFILE = "local";

    private static final String[] OPEN_PATHS = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/actuator/prometheus",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/error",
        // signed download links carry their own grant, checked by query-service (docs/attachments.md)
        "/api/v1/attachment-downloads/*"
    };

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(objectMapper);
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no sessions, so no saved request to return to and nothing to log out of
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(a ->
                        a.requestMatchers(openPaths()).permitAll().anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults())
                        .bearerTokenResolver(new HeaderBearerTokenResolver())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /** Path patterns, not Spring MVC's routes: matching them needs no handler lookup (decision 296). */
    private static RequestMatcher[] openPaths() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return Arrays.stream(OPEN_PATHS).map(paths::matcher).toArray(RequestMatcher[]::new);
    }

    /** See {@link HandlerLookupOncePerRequest}; static, as a bean factory post-processor must be. */
    @Bean
    static HandlerLookupOncePerRequest handlerLookupOncePerRequest() {
        return new HandlerLookupOncePerRequest();
    }

    /**
     * No observations of Spring Security's own: with an observation registry present it wraps every filter of
     * the chain, the authentication and the authorization in one, each a few per cent of a request's CPU even
     * when a predicate turns them into no-ops (decision 296). The request's {@code http.server.requests}
     * timer stays.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's strict firewall with its own rules for header names and values, checked by a loop
     * instead of a regular expression per character (decision 290).
     */
    @Bean
    WebSecurityCustomizer strictFirewallWithoutRegularExpressions() {
        StrictHttpFirewall firewall = firewall();
        return web -> web.httpFirewall(firewall);
    }

    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters.names());
        firewall.setAllowedHeaderValues(HeaderCharacters.values());
        return firewall;
    }

    @Bean
    JwtDecoder jwtDecoder(
            JwtProperties properties, ObjectProvider<UserStatusLookup> users, Clock clock, Environment environment) {
        properties.requireIssuerAndAudienceUnless(environment.matchesProfiles(LOCAL_PROFILE));
        NimbusJwtDecoder decoder;
        if (properties.jwkSetUri() != null && !properties.jwkSetUri().isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        } else if (properties.hmacSecret() != null && !properties.hmacSecret().isBlank()) {
            byte[] key = Base64.getDecoder().decode(properties.hmacSecret());
            decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
                    .macAlgorithm(MacAlgorithm.HS256)
                    .build();
        } else {
            throw new IllegalStateException("Set pazpaz.security.jwt.jwk-set-uri (production) "
                    + "or pazpaz.security.jwt.hmac-secret (local) to validate tokens");
        }
        decoder.setJwtValidator(checksOfTheTokenAlone(properties));
        // what can change while a token stays the same: the clock, and what the service knows of its user
        List<OAuth2TokenValidator<Jwt>> everyRequest = new ArrayList<>(List.of(new JwtTimestampValidator()));
        users.ifAvailable(lookup -> everyRequest.add(
                new CurrentUserValidator(lookup, properties.userStatusCacheTtl(), clock, properties.serviceUsers())));
        return new VerifiedTokenCache(decoder, new DelegatingOAuth2TokenValidator<>(everyRequest));
    }

    /**
     * What a token must show whatever the moment: the standard checks, the expected issuer and audience when
     * configured (a token of another issuer or for another application is 401), and our own claims.
     */
    static OAuth2TokenValidator<Jwt> checksOfTheTokenAlone(JwtProperties properties) {
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
        if (properties.checksIssuer()) {
            checks.add(new JwtIssuerValidator(properties.issuer()));
        }
        if (properties.checksAudience()) {
            checks.add(new JwtAudienceValidator(properties.audience()));
        }
        checks.add(new TokenClaims());
        return JwtValidators.createDefaultWithValidators(checks);
    }

    @Bean
    @ConditionalOnProperty("pazpaz.security.jwt.hmac-secret")
    TokenIssuer tokenIssuer(JwtProperties properties, Clock clock) {
        return new TokenIssuer(
                properties.hmacSecret(), properties.issuer(), properties.audience(), properties.tokenLifetime(), clock);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }
}
