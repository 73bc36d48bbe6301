package com.pazpaz.command.workspace;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/workspaces}. */
record CreateWorkspaceRequest(
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Email @Size(max = 255) String ownerEmail,
        @NotBlank @Size(max = 255) String ownerFullName) {}
