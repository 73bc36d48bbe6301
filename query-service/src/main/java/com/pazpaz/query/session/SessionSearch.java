package com.pazpaz.query.session;

import com.pazpaz.query.common.PageParams;
import com.pazpaz.query.common.PageResponse;
import com.pazpaz.query.common.RowQueries;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The note list, plain or searched. The text is ciphertext, so a search decrypts in memory: at most the
 * {@value #SCAN_LIMIT} most recent notes that pass the filters, matched as a case-insensitive substring of the
 * four fields joined by spaces (behaviour.md §1.8). Older notes are never searched, as in the reference.
 */
@Component
class SessionSearch {

    static final int SCAN_LIMIT = 1000;
    /** Newest first; the id breaks ties, so that the pages of one list agree. */
    private static final String NEWEST_FIRST = "session_date DESC, id";

    private final RowQueries sessions;
    private final SessionDecryptor decryptor;

    SessionSearch(RowQueries sessions, SessionDecryptor decryptor) {
        this.sessions = sessions;
        this.decryptor = decryptor;
    }

    PageResponse<SessionView> list(SessionFilter filter, PageParams page) {
        RowQueries.Page<SessionRow> rows = sessions.page(
                SessionRow.TABLE, filter.workspaceId(), filter.condition(), filter.arguments(), NEWEST_FIRST, page);
        return PageResponse.of(decryptor.views(rows.rows()), rows.total(), page);
    }

    PageResponse<SessionView> search(SessionFilter filter, String phrase, PageParams page) {
        String needle = phrase.toLowerCase(Locale.ROOT);
        List<SessionView> matches = decryptor
                .views(sessions.page(
                                SessionRow.TABLE,
                                filter.workspaceId(),
                                filter.condition(),
                                filter.arguments(),
                                NEWEST_FIRST,
                                new PageParams(1, SCAN_LIMIT))
                        .rows())
                .stream()
                .filter(view -> text(view).toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        return PageResponse.slice(matches, page);
    }

    private static String text(SessionView view) {
        return new SoapText(view.subjective(), view.objective(), view.assessment(), view.plan()).joined();
    }
}
