package com.pazpaz.query.service;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceRows extends JpaRepository<ServiceRow, UUID> {

    /** The service, only if it belongs to the workspace. */
    Optional<ServiceRow> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    Page<ServiceRow> findByWorkspaceIdAndIsActive(UUID workspaceId, boolean isActive, Pageable pageable);
}
