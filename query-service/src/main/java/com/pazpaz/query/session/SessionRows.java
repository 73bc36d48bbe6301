package com.pazpaz.query.session;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionRows extends JpaRepository<SessionRow, UUID> {

    /** S12: the finalized, live note with the latest session date (not the latest finalization). */
    Optional<SessionRow> findFirstByWorkspaceIdAndClientIdAndIsDraftFalseAndDeletedAtIsNullOrderBySessionDateDesc(
            UUID workspaceId, UUID clientId);
}
