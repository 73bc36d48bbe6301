package com.pazpaz.query.service;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.RecordNotFoundException;
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

/** Reads of services (behaviour.md §1.6): one service (archived too), and the list by name. */
@RestController
@RequestMapping("/api/v1/services")
@Transactional(readOnly = true)
class ServiceQueryController {

    private final ServiceRows services;

    ServiceQueryController(ServiceRows services) {
        this.services = services;
    }

    @GetMapping("/{serviceId}")
    ServiceView get(Actor actor, @PathVariable UUID serviceId) {
        return services.findByIdAndWorkspaceId(
                        serviceId, actor.requireWorkspace().value())
                .map(ServiceRow::view)
                .orElseThrow(RecordNotFoundException::new);
    }

    /** R-SVC-4: active services by default; {@code is_active=false} lists the archived ones. */
    @GetMapping
    PageResponse<ServiceView> list(
            Actor actor,
            @RequestParam(defaultValue = PageParams.DEFAULT_PAGE) @Min(1) int page,
            @RequestParam(name = "page_size", defaultValue = PageParams.DEFAULT_PAGE_SIZE)
                    @Min(1)
                    @Max(PageParams.MAX_PAGE_SIZE)
                    int pageSize,
            @RequestParam(name = "is_active", defaultValue = "true") boolean isActive) {
        PageParams params = new PageParams(page, pageSize);
        Page<ServiceRow> rows = services.findByWorkspaceIdAndIsActive(
                actor.requireWorkspace().value(), isActive, PageRequest.of(page - 1, pageSize, Sort.by("name", "id")));
        return PageResponse.of(rows.map(ServiceRow::view).getContent(), rows.getTotalElements(), params);
    }
}
