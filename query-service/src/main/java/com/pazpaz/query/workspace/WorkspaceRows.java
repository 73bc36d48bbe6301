package com.pazpaz.query.workspace;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkspaceRows extends JpaRepository<WorkspaceRow, UUID> {

    /** Whether the practice is open (decision 272); empty for a practice not projected. */
    @Query("SELECT w.isActive FROM WorkspaceRow w WHERE w.id = :id")
    Optional<Boolean> isActive(UUID id);
}
