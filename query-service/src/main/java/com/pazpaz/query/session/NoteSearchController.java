package com.pazpaz.query.session;

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
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Note search across a practice through the blind index (docs/encryption.md): notes whose SOAP text contains
 * every word of {@code q} (whole words, case and accents ignored), deleted notes left out, newest session first.
 * Audited as a PHI read with the number of results; the query text is never recorded.
 */
@RestController
@Transactional(readOnly = true)
@PhiEndpoint("Session")
class NoteSearchController {

    private final SearchResults results;
    private final Searched<SessionRow, SessionView> notes;

    NoteSearchController(BlindSearch search, SearchResults results, SessionDecryptor decryptor) {
        this.results = results;
        this.notes = new Searched<>(search::notes, SessionRow.TABLE, "Session", decryptor::views);
    }

    @GetMapping("/api/v1/search/notes")
    PageResponse<SessionView> search(
            Actor actor,
            @RequestParam @Size(min = 1, max = 200) String q,
            @RequestParam(defaultValue = PageParams.DEFAULT_PAGE) @Min(1) int page,
            @RequestParam(name = "page_size", defaultValue = PageParams.DEFAULT_PAGE_SIZE)
                    @Min(1)
                    @Max(PageParams.MAX_PAGE_SIZE)
                    int pageSize) {
        return results.page(actor, q, page, pageSize, notes);
    }
}
