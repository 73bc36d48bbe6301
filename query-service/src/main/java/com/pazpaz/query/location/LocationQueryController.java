package com.pazpaz.query.location;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.location.LocationType;
import com.pazpaz.query.common.PageParams;
import com.pazpaz.query.common.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads of saved locations (behaviour.md §1.7): one location (archived too), and the list by name. */
@RestController
@RequestMapping("/api/v1/locations")
@Transactional(readOnly = true)
class LocationQueryController {

    private final LocationRows locations;

    LocationQueryController(LocationRows locations) {
        this.locations = locations;
    }

    @GetMapping("/{locationId}")
    LocationView get(Actor actor, @PathVariable UUID locationId) {
        return locations
                .findByIdAndWorkspaceId(locationId, actor.requireWorkspace().value())
                .map(LocationRow::view)
                .orElseThrow(RecordNotFoundException::new);
    }

    /** Active locations by default; {@code is_active=false} lists archived ones; optionally of one type. */
    @GetMapping
    PageResponse<LocationView> list(
            Actor actor,
            @RequestParam(defaultValue = PageParams.DEFAULT_PAGE) @Min(1) int page,
            @RequestParam(name = "page_size", defaultValue = PageParams.DEFAULT_PAGE_SIZE)
                    @Min(1)
                    @Max(PageParams.MAX_PAGE_SIZE)
                    int pageSize,
            @RequestParam(name = "is_active", defaultValue = "true") boolean isActive,
            @RequestParam(name = "location_type", required = false) String locationType) {
        UUID workspaceId = actor.requireWorkspace().value();
        PageRequest request = PageRequest.of(page - 1, pageSize, Sort.by("name", "id"));
        Page<LocationRow> rows = locationType == null
                ? locations.findByWorkspaceIdAndIsActive(workspaceId, isActive, request)
                : locations.findByWorkspaceIdAndIsActiveAndLocationType(
                        workspaceId, isActive, LocationType.fromJson(locationType), request);
        return PageResponse.of(
                rows.map(LocationRow::view).getContent(), rows.getTotalElements(), new PageParams(page, pageSize));
    }
}
