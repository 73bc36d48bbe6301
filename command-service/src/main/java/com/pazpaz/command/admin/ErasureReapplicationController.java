package com.pazpaz.command.admin;

import com.pazpaz.infra.security.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The after-restore step (docs/runbook.md, "Back up and restore PostgreSQL"), for the platform administrator. */
@RestController
class ErasureReapplicationController {

    private final ErasureReapplication reapplication;

    ErasureReapplicationController(ErasureReapplication reapplication) {
        this.reapplication = reapplication;
    }

    @PostMapping("/api/v1/admin/erasures/reapply")
    ErasureReapplication.Report reapply(Actor actor) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException("Only a platform administrator re-applies erasures after a restore");
        }
        return reapplication.reapply(actor.userId());
    }
}
