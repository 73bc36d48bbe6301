package com.pazpaz.query.common;

import java.util.List;

/** A page of a list, as every list endpoint answers (behaviour.md §0.3). */
public record PageResponse<T>(List<T> items, long total, int page, int pageSize, int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, long total, PageParams params) {
        int totalPages = total == 0 ? 0 : (int) ((total + params.pageSize() - 1) / params.pageSize());
        return new PageResponse<>(items, total, params.page(), params.pageSize(), totalPages);
    }

    /** The same page with other items in its place, one for each of its own (the views of its ids). */
    public <R> PageResponse<R> withItems(List<R> others) {
        return new PageResponse<>(others, total, page, pageSize, totalPages);
    }

    /** Pages an in-memory list (used where sorting needs decrypted values). */
    public static <T> PageResponse<T> slice(List<T> all, PageParams params) {
        int from = (int) Math.min(params.offset(), all.size());
        int to = Math.min(from + params.pageSize(), all.size());
        return of(all.subList(from, to), all.size(), params);
    }
}
