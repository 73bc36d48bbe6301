package com.pazpaz.query.workspace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserRows extends JpaRepository<UserRow, UUID> {

    /** The user, only if they belong to the workspace. */
    Optional<UserRow> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    /** Every user of the workspace, in no particular order: their names are ciphertext. */
    List<UserRow> findByWorkspaceId(UUID workspaceId);
}
