package com.pazpaz.query.session;

import com.pazpaz.query.common.PageParams;
import com.pazpaz.query.common.PageResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The note list, plain or searched. The text is ciphertext, so a search decrypts in memory: at most the
 * {@value #SCAN_LIMIT} most recent notes that pass the filters, matched as a case-insensitive substring of the
 * four fields joined by spaces (behaviour.md §1.8). Older notes are never searched, as in the reference.
 */
@Component
class SessionSearch {

    static final int SCAN_LIMIT = 1000;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "sessionDate");

    private final SessionRows sessions;
    private final SessionDecryptor decryptor;

    SessionSearch(SessionRows sessions, SessionDecryptor decryptor) {
        this.sessions = sessions;
        this.decryptor = decryptor;
    }

    PageResponse<SessionView> list(SessionFilter filter, PageParams page) {
        var rows = sessions.findAll(filter.specification(),
                PageRequest.of(page.page() - 1, page.pageSize(), NEWEST_FIRST));
        return PageResponse.of(decryptor.views(rows.getContent()), rows.getTotalElements(), page);
    }

    PageResponse<SessionView> search(SessionFilter filter, String phrase, PageParams page) {
        String needle = phrase.toLowerCase(Locale.ROOT);
        List<SessionView> matches = decryptor.views(sessions.findAll(filter.specification(), PageRequest.of(0,
                        SCAN_LIMIT, NEWEST_FIRST)).getContent()).stream()
                .filter(view -> text(view).toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        return PageResponse.slice(matches, page);
    }

    private static String text(SessionView view) {
        return new SoapText(view.subjective(), view.objective(), view.assessment(), view.plan()).joined();
    }
}
