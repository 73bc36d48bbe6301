package com.pazpaz.query.client;

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
 * Client search by name, e-mail or phone through the blind index (docs/encryption.md): every word of {@code q} is
 * a prefix ("dan" finds "Dana" and "Daniël"), case and accents ignored; the most recently changed first. Audited
 * as a PHI read with the number of results; the query text is never recorded.
 */
@RestController
@PhiEndpoint("Client")
class ClientSearchController {

    private final BlindSearch search;
    private final RowQueries clients;
    private final ClientDecryptor decryptor;
    private final AccessAudit audit;

    ClientSearchController(BlindSearch search, RowQueries clients, ClientDecryptor decryptor, AccessAudit audit) {
        this.search = search;
        this.clients = clients;
        this.decryptor = decryptor;
        this.audit = audit;
    }

    @GetMapping("/api/v1/search/clients")
    PageResponse<ClientView> search(Actor actor, @RequestParam @Size(min = 1, max = 200) String q,
                                    @RequestParam(defaultValue = PageParams.DEFAULT_PAGE) @Min(1) int page,
                                    @RequestParam(name = "page_size", defaultValue = PageParams.DEFAULT_PAGE_SIZE)
                                    @Min(1) @Max(PageParams.MAX_PAGE_SIZE) int pageSize) {
        UUID workspaceId = actor.requireWorkspace().value();
        PageParams paging = new PageParams(page, pageSize);
        BlindSearch.Found found = search.clients(workspaceId, q, paging);
        Map<UUID, ClientRow> byId = clients.all(ClientRow.TABLE, workspaceId, found.ids()).stream()
                .collect(Collectors.toMap(ClientRow::getId, Function.identity()));
        List<ClientView> views = found.ids().stream().map(byId::get).filter(Objects::nonNull)
                .map(row -> decryptor.view(row, AppointmentSummary.NONE)).toList();
        audit.recordRead(actor, "Client", null, "search", Map.of("results", views.size(), "total", found.total(),
                "page", page));
        return PageResponse.of(views, found.total(), paging);
    }
}
