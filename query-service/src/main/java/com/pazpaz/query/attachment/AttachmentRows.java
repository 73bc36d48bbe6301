package com.pazpaz.query.attachment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttachmentRows extends JpaRepository<AttachmentRow, UUID> {

    List<AttachmentRow> findBySessionIdAndWorkspaceIdAndDeletedAtIsNullOrderByCreatedAtDesc(UUID sessionId,
                                                                                             UUID workspaceId);

    List<AttachmentRow> findByClientIdAndWorkspaceIdAndDeletedAtIsNullOrderByCreatedAtDesc(UUID clientId,
                                                                                           UUID workspaceId);

    Optional<AttachmentRow> findByIdAndWorkspaceIdAndDeletedAtIsNull(UUID id, UUID workspaceId);

    List<AttachmentRow> findByIdInAndClientIdAndWorkspaceIdAndDeletedAtIsNull(Collection<UUID> ids, UUID clientId,
                                                                             UUID workspaceId);

    /** A JPQL delete: the row may already be gone with its note (ON DELETE CASCADE), which must not fail. */
    @Modifying
    @Query("DELETE FROM AttachmentRow a WHERE a.id = :id")
    void deleteIfPresent(@Param("id") UUID id);
}
