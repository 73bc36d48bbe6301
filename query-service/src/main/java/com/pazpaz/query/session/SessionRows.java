package com.pazpaz.query.session;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SessionRows extends JpaRepository<SessionRow, UUID>, JpaSpecificationExecutor<SessionRow> {

    /** The note, only if it belongs to the workspace: another practice's note is simply not found. */
    Optional<SessionRow> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    /** S12: the finalized, live note with the latest session date (not the latest finalization). */
    Optional<SessionRow> findFirstByWorkspaceIdAndClientIdAndIsDraftFalseAndDeletedAtIsNullOrderBySessionDateDesc(
            UUID workspaceId, UUID clientId);
}
