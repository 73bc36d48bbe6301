package com.pazpaz.query.attachment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRows extends JpaRepository<AttachmentRow, UUID> {

    List<AttachmentRow> findBySessionIdAndWorkspaceIdAndDeletedAtIsNullOrderByCreatedAtDesc(
            UUID sessionId, UUID workspaceId);

    List<AttachmentRow> findByClientIdAndWorkspaceIdAndDeletedAtIsNullOrderByCreatedAtDesc(
            UUID clientId, UUID workspaceId);

    Optional<AttachmentRow> findByIdAndWorkspaceIdAndDeletedAtIsNull(UUID id, UUID workspaceId);

    List<AttachmentRow> findByIdInAndClientIdAndWorkspaceIdAndDeletedAtIsNull(
            Collection<UUID> ids, UUID clientId, UUID workspaceId);
}
