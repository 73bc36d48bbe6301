package com.pazpaz.query.client;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientRows extends JpaRepository<ClientRow, UUID> {

    /** The client, only if it belongs to the workspace: another practice's client is simply not found. */
    Optional<ClientRow> findByIdAndWorkspaceId(UUID id, UUID workspaceId);
}
