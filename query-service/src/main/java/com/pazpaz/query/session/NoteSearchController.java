package com.pazpaz.query.session;

import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.query.audit.AccessAudit;
import com.pazpaz.query.common.PageParams;
import com.pazpaz.query.common.PageResponse;
import com.pazpaz.query.common.RowQueries;
import com.pazpaz.query.search.BlindSearch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Note search across a practice through the blind index (docs/encryption.md): notes whose SOAP text contains
 * every word of {@code q} (whole words, case and accents ignored), deleted notes left out, newest session first.
 * Audited as a PHI read with the number of results; the query text is never recorded.
 */
@RestController
@PhiEndpoint("Session")
class NoteSearchController {

    private final BlindSearch search;
    private final RowQueries sessions;
    private final SessionDecryptor decryptor;
    private final AccessAudit audit;

    NoteSearchController(BlindSearch search, RowQueries sessions, SessionDecryptor decryptor, AccessAudit audit) {
        this.search = search;
        this.sessions = sessions;
        this.decryptor = decryptor;
        this.audit = audit;
    }

    @GetMapping("/api/v1/search/notes")
    PageResponse<SessionView> search(Actor actor, @RequestParam @Size(min = 1, max = 200) String q,
                                     @RequestParam(defaultValue = PageParams.DEFAULT_PAGE) @Min(1) int page,
                                     @RequestParam(name = "page_size", defaultValue = PageParams.DEFAULT_PAGE_SIZE)
                                     @Min(1) @Max(PageParams.MAX_PAGE_SIZE) int pageSize) {
        UUID workspaceId = actor.requireWorkspace().value();
        PageParams paging = new PageParams(page, pageSize);
        BlindSearch.Found found = search.notes(workspaceId, q, paging);
        Map<UUID, SessionRow> byId = sessions.all(SessionRow.TABLE, workspaceId, found.ids()).stream()
                .collect(Collectors.toMap(SessionRow::getId, Function.identity()));
        List<SessionRow> rows = found.ids().stream().map(byId::get).filter(Objects::nonNull).toList();
        List<SessionView> views = decryptor.views(rows);
        audit.recordRead(actor, "Session", null, "search", Map.of("results", views.size(),
                "total", found.total(), "page", page));
        return PageResponse.of(views, found.total(), paging);
    }
}
