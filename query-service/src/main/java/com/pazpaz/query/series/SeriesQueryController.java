package com.pazpaz.query.series;

import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.audit.AccessAudit;
import java.util.Map;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A series of recurring appointments as it stands (docs/recurring-appointments.md); another practice's is 404. */
@RestController
@Transactional(readOnly = true)
@PhiEndpoint("Appointment")
class SeriesQueryController {

    private final SeriesHistory history;
    private final AccessAudit audit;

    SeriesQueryController(SeriesHistory history, AccessAudit audit) {
        this.history = history;
        this.audit = audit;
    }

    @GetMapping("/api/v1/appointment-series/{seriesId}")
    SeriesView get(Actor actor, @PathVariable UUID seriesId) {
        SeriesView view =
                history.current(seriesId, actor.requireWorkspace().value()).orElseThrow(RecordNotFoundException::new);
        // a client's schedule of care: recorded like a read of its appointments
        audit.recordRead(
                actor,
                "Appointment",
                seriesId,
                "series",
                Map.of("occurrences", view.occurrences().size()));
        return view;
    }
}
