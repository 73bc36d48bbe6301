package com.pazpaz.query.workspace;

import com.pazpaz.infra.security.Actor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own practice's available hours (owner only, like the reports they feed); a practice that never
 * set any answers no zone and no stretches.
 */
@RestController
@Transactional(readOnly = true)
class AvailableHoursQueryController {

    private final AvailableHoursReads reads;

    AvailableHoursQueryController(AvailableHoursReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/v1/workspace/available-hours")
    AvailableHoursView availableHours(Actor actor) {
        return reads.row(actor.requireOwner().value())
                .map(AvailableHoursView::of)
                .orElse(AvailableHoursView.NONE);
    }
}
