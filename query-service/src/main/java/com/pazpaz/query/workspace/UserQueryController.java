package com.pazpaz.query.workspace;

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

/**
 * The people of the caller's practice, deactivated ones included. Any role may read them (an assistant sees who
 * did what); only owners change them, on command-service. Another workspace's user is 404.
 */
@RestController
@RequestMapping("/api/v1/users")
@Transactional(readOnly = true)
class UserQueryController {

    private final UserRows users;

    UserQueryController(UserRows users) {
        this.users = users;
    }

    @GetMapping("/{userId}")
    UserView get(Actor actor, @PathVariable UUID userId) {
        return users.findByIdAndWorkspaceId(userId, actor.requireWorkspace().value())
                .map(UserRow::view)
                .orElseThrow(RecordNotFoundException::new);
    }

    /** Ordered by full name, then id, so pages are stable. */
    @GetMapping
    PageResponse<UserView> list(
            Actor actor,
            @RequestParam(defaultValue = PageParams.DEFAULT_PAGE) @Min(1) int page,
            @RequestParam(name = "page_size", defaultValue = PageParams.DEFAULT_PAGE_SIZE)
                    @Min(1)
                    @Max(PageParams.MAX_PAGE_SIZE)
                    int pageSize) {
        PageParams params = new PageParams(page, pageSize);
        Page<UserRow> rows = users.findByWorkspaceId(
                actor.requireWorkspace().value(), PageRequest.of(page - 1, pageSize, Sort.by("fullName", "id")));
        return PageResponse.of(rows.map(UserRow::view).getContent(), rows.getTotalElements(), params);
    }
}
