package com.pazpaz.command.common;

import com.pazpaz.infra.web.CommandResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The HTTP answer of a command: the {@link CommandResponse} body with the record's new version as the ETag (the
 * caller's next If-Match), and for a create the record's query-service URL as the Location.
 */
@Component
public class CommandAnswers {

    private final QueryLocations locations;

    CommandAnswers(QueryLocations locations) {
        this.locations = locations;
    }

    /** 201 Created; {@code path} is the new record's path on query-service. */
    public ResponseEntity<CommandResponse> created(String path, CommandResponse response) {
        return ResponseEntity.created(locations.of(path))
                .eTag(Long.toString(response.version()))
                .body(response);
    }

    /** 200 with the record's new version. */
    public ResponseEntity<CommandResponse> ok(CommandResponse response) {
        return ResponseEntity.ok().eTag(Long.toString(response.version())).body(response);
    }
}
