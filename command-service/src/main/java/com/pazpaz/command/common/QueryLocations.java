package com.pazpaz.command.common;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Builds the query-service URL of a record for the {@code Location} header of a create. */
@Component
public class QueryLocations {

    private final String queryBaseUrl;

    QueryLocations(@Value("${pazpaz.query-service.base-url:}") String queryBaseUrl) {
        this.queryBaseUrl =
                queryBaseUrl.endsWith("/") ? queryBaseUrl.substring(0, queryBaseUrl.length() - 1) : queryBaseUrl;
    }

    public URI of(String path) {
        return URI.create(queryBaseUrl + path);
    }
}
