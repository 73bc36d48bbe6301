package com.pazpaz.query.replay;

import com.pazpaz.infra.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platform administrators rebuild the read model and follow its progress. A maintenance operation of
 * query-service itself, hence a POST on this service (docs/decisions.md).
 */
@RestController
@RequestMapping("/api/v1/admin/read-model/rebuild")
class ReadModelRebuildController {

    private final ReadModelRebuilder rebuilder;

    ReadModelRebuildController(ReadModelRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @PostMapping
    ResponseEntity<RebuildStatus> start(Actor actor) {
        requireAdmin(actor);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilder.start());
    }

    @GetMapping
    RebuildStatus status(Actor actor) {
        requireAdmin(actor);
        return rebuilder.status();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException("Only a platform administrator rebuilds read models");
        }
    }
}
