package com.pazpaz.infra.security;

import com.pazpaz.kernel.ids.TypedId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads and checks our claims: {@code sub} (user id), {@code workspace_id}, {@code role}. */
public final class TokenClaims implements OAuth2TokenValidator<Jwt> {

    public static final String WORKSPACE_ID = "workspace_id";
    public static final String ROLE = "role";

    /** The actor a valid token stands for. */
    public static Actor actorOf(Jwt jwt) {
        Role role = Role.fromClaim(jwt.getClaimAsString(ROLE));
        String workspace = jwt.getClaimAsString(WORKSPACE_ID);
        return new Actor(UserId.of(jwt.getSubject()), workspace == null ? null : WorkspaceId.of(workspace), role);
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        try {
            TypedId.parse(jwt.getSubject());
            Role role = Role.fromClaim(jwt.getClaimAsString(ROLE));
            String workspace = jwt.getClaimAsString(WORKSPACE_ID);
            if (role == Role.PLATFORM_ADMIN && workspace != null) {
                // an administrator belongs to no practice: such a token was not made by us (decision 182)
                return failure("a platform_admin token carries no workspace_id");
            }
            if (workspace != null) {
                TypedId.parse(workspace);
            } else if (role != Role.PLATFORM_ADMIN) {
                return failure("workspace_id claim missing");
            }
            return OAuth2TokenValidatorResult.success();
        } catch (RuntimeException e) {
            return failure("sub, role or workspace_id claim missing or malformed");
        }
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
