package com.pazpaz.query.client;

import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.query.common.PageParams;
import com.pazpaz.query.common.PageResponse;
import com.pazpaz.query.search.BlindSearch;
import com.pazpaz.query.search.SearchResults;
import com.pazpaz.query.search.SearchResults.Searched;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Client search by name, e-mail or phone through the blind index (docs/encryption.md): every word of {@code q} is
 * a prefix ("dan" finds "Dana" and "Daniël"), case and accents ignored; the most recently changed first. Audited
 * as a PHI read with the number of results; the query text is never recorded.
 */
@RestController
@Transactional(readOnly = true)
@PhiEndpoint("Client")
class ClientSearchController {

    private final SearchResults results;
    private final Searched<ClientRow, ClientView> clients;

    ClientSearchController(BlindSearch search, SearchResults results, ClientDecryptor decryptor) {
        this.results = results;
        this.clients =
                new Searched<>(search::clients, ClientRow.TABLE, "Client", rows -> decryptor.views(rows, Map.of()));
    }

    @GetMapping("/api/v1/search/clients")
    PageResponse<ClientView> search(
            Actor actor,
            @RequestParam @Size(min = 1, max = 200) String q,
            @RequestParam(defaultValue = PageParams.DEFAULT_PAGE) @Min(1) int page,
            @RequestParam(name = "page_size", defaultValue = PageParams.DEFAULT_PAGE_SIZE)
                    @Min(1)
                    @Max(PageParams.MAX_PAGE_SIZE)
                    int pageSize) {
        return results.page(actor, q, page, pageSize, clients);
    }
}
