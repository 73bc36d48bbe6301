package com.pazpaz.query.common;

/**
 * Paging of a list: {@code page} from 1, {@code page_size} 1..100. Controllers bind and validate the query
 * parameters (out of range: 422) and pass them on in this form.
 */
public record PageParams(int page, int pageSize) {

    public static final String DEFAULT_PAGE = "1";
    public static final String DEFAULT_PAGE_SIZE = "50";
    public static final int MAX_PAGE_SIZE = 100;

    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
