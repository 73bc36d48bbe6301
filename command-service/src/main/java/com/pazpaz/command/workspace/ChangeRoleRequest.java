package com.pazpaz.command.workspace;

import com.pazpaz.kernel.workspace.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Body of {@code PUT /api/v1/users/{id}/role}: a workspace role, lower-case as in tokens and JSON. */
record ChangeRoleRequest(
        @NotNull @Pattern(regexp = "owner|assistant", message = "must be owner or assistant")
        String role) {

    Role asRole() {
        return Role.fromClaim(role);
    }
}
