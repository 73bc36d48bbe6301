package com.pazpaz.query.workspace;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserRows extends JpaRepository<UserRow, UUID> {

    /** The user, only if they belong to the workspace. */
    Optional<UserRow> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    Page<UserRow> findByWorkspaceId(UUID workspaceId, Pageable pageable);
}
