package com.pazpaz.query.location;

import com.pazpaz.kernel.location.LocationType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LocationRows extends JpaRepository<LocationRow, UUID> {

    /** The location, only if it belongs to the workspace. */
    Optional<LocationRow> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    Page<LocationRow> findByWorkspaceIdAndIsActive(UUID workspaceId, boolean isActive, Pageable pageable);

    Page<LocationRow> findByWorkspaceIdAndIsActiveAndLocationType(
            UUID workspaceId, boolean isActive, LocationType locationType, Pageable pageable);
}
