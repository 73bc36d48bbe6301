package com.pazpaz.query.search;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.query.audit.AccessAudit;
import com.pazpaz.query.common.PageParams;
import com.pazpaz.query.common.PageResponse;
import com.pazpaz.query.common.RowQueries;
import com.pazpaz.query.common.RowTable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The one shape of a search endpoint: the blind index finds a page of ids in the caller's workspace, their rows
 * are read in that order (a row gone since is left out) and decrypted, and the read is audited as a PHI read
 * with the counts only: the query text is never recorded.
 */
@Component
public class SearchResults {

    private final RowQueries rows;
    private final AccessAudit audit;

    SearchResults(RowQueries rows, AccessAudit audit) {
        this.rows = rows;
        this.audit = audit;
    }

    public <R, V> PageResponse<V> page(Actor actor, String query, int page, int pageSize, Searched<R, V> searched) {
        UUID workspaceId = actor.requireWorkspace().value();
        PageParams paging = new PageParams(page, pageSize);
        BlindSearch.Found found = searched.finder().find(workspaceId, query, paging);
        List<V> views = searched.views().apply(rows.inOrder(searched.table(), workspaceId, found.ids()));
        audit.recordRead(
                actor,
                searched.auditedAs(),
                null,
                "search",
                Map.of("results", views.size(), "total", found.total(), "page", page));
        return PageResponse.of(views, found.total(), paging);
    }

    /**
     * What one search endpoint searches.
     *
     * @param finder    the blind-index lookup ({@link BlindSearch#clients}, {@link BlindSearch#notes})
     * @param table     the read table the found ids are rows of
     * @param auditedAs the resource type of the audit record
     * @param views     the decrypted answers of the rows, in their order
     */
    public record Searched<R, V>(
            Finder finder, RowTable<R> table, String auditedAs, Function<List<R>, List<V>> views) {}

    /** A page of ids matching a query in a workspace. */
    @FunctionalInterface
    public interface Finder {
        BlindSearch.Found find(UUID workspaceId, String query, PageParams page);
    }
}
