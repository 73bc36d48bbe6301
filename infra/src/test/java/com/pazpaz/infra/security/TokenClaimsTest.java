package com.pazpaz.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.kernel.workspace.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenClaimsTest {

    private final TokenClaims claims = new TokenClaims();

    private static Jwt token(Role role, String workspace) {
        Jwt.Builder jwt = Jwt.withTokenValue("t")
                .header("alg", "HS256")
                .subject(UUID.randomUUID().toString())
                .claim(TokenClaims.ROLE, role.claim());
        if (workspace != null) {
            jwt.claim(TokenClaims.WORKSPACE_ID, workspace);
        }
        return jwt.build();
    }

    @Test
    void aPlatformAdminTokenThatNamesAWorkspaceIsRefused() {
        assertThat(claims.validate(token(Role.PLATFORM_ADMIN, UUID.randomUUID().toString()))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void aPlatformAdminTokenWithoutAWorkspaceAndAnOwnerTokenWithOneAreAccepted() {
        assertThat(claims.validate(token(Role.PLATFORM_ADMIN, null)).hasErrors())
                .isFalse();
        assertThat(claims.validate(token(Role.OWNER, UUID.randomUUID().toString()))
                        .hasErrors())
                .isFalse();
    }

    @Test
    void anOwnerTokenWithoutAWorkspaceIsRefused() {
        assertThat(claims.validate(token(Role.OWNER, null)).hasErrors()).isTrue();
    }
}
