package com.pazpaz.query.workspace;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.common.PageParams;
import com.pazpaz.query.common.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people of the caller's practice, deactivated and erased ones included. Any role may read them (an assistant
 * sees who did what); only owners change them, on command-service. Another workspace's user is 404.
 */
@RestController
@RequestMapping("/api/v1/users")
@Transactional(readOnly = true)
class UserQueryController {

    /** By full name, then id, so pages are stable; erased users (no name) last. */
    private static final Comparator<UserView> BY_NAME = Comparator.comparing(
                    UserView::fullName, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(UserView::id);

    private final UserRows users;
    private final StaffDecryptor decryptor;

    UserQueryController(UserRows users, StaffDecryptor decryptor) {
        this.users = users;
        this.decryptor = decryptor;
    }

    @GetMapping("/{userId}")
    UserView get(Actor actor, @PathVariable UUID userId) {
        return users.findByIdAndWorkspaceId(userId, actor.requireWorkspace().value())
                .map(decryptor::view)
                .orElseThrow(RecordNotFoundException::new);
    }

    /**
     * The names are ciphertext in the table, so the practice's staff (a handful of people) are decrypted and
     * ordered in memory, then cut into the page.
     */
    @GetMapping
    PageResponse<UserView> list(
            Actor actor,
            @RequestParam(defaultValue = PageParams.DEFAULT_PAGE) @Min(1) int page,
            @RequestParam(name = "page_size", defaultValue = PageParams.DEFAULT_PAGE_SIZE)
                    @Min(1)
                    @Max(PageParams.MAX_PAGE_SIZE)
                    int pageSize) {
        PageParams params = new PageParams(page, pageSize);
        List<UserView> all = decryptor
                .views(users.findByWorkspaceId(actor.requireWorkspace().value()))
                .stream()
                .sorted(BY_NAME)
                .toList();
        long from = Math.min((long) (page - 1) * pageSize, all.size());
        List<UserView> items = all.subList((int) from, (int) Math.min(from + pageSize, all.size()));
        return PageResponse.of(items, all.size(), params);
    }
}
