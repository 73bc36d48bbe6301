package com.pazpaz.query.appointment;

import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.appointment.AppointmentStatus;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.audit.AccessAudit;
import com.pazpaz.query.common.PageParams;
import com.pazpaz.query.common.PageResponse;
import com.pazpaz.query.common.RowQueries;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads of appointments (behaviour.md §1.5): the calendar list, one appointment, and the conflict check. An
 * appointment names its client and when they are seen, so every read is recorded before it is answered, like a read
 * of a client (docs/audit.md). No transaction around a request: the access record takes a connection of its own, and
 * a request holding a read connection while it waits for a second one can exhaust the pool (SessionQueryController).
 */
@RestController
@Transactional(readOnly = true)
@PhiEndpoint("Appointment")
@RequestMapping("/api/v1/appointments")
class AppointmentQueryController {

    private static final String RESOURCE = "Appointment";
    private static final List<AppointmentStatus> BLOCKING =
            List.of(AppointmentStatus.SCHEDULED, AppointmentStatus.COMPLETED);

    private final AppointmentRows appointments;
    private final AppointmentViews views;
    private final AppointmentAsOf history;
    private final RowQueries rowQueries;
    private final AccessAudit audit;

    AppointmentQueryController(
            AppointmentRows appointments,
            AppointmentViews views,
            AppointmentAsOf history,
            RowQueries rowQueries,
            AccessAudit audit) {
        this.audit = audit;
        this.rowQueries = rowQueries;
        this.history = history;
        this.appointments = appointments;
        this.views = views;
    }

    /** One appointment; with {@code as_of}, as it stood then, rebuilt from its events. */
    @GetMapping("/{appointmentId}")
    AppointmentView get(
            Actor actor,
            @PathVariable UUID appointmentId,
            @RequestParam(name = "as_of", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant asOf) {
        UUID workspaceId = actor.requireWorkspace().value();
        AppointmentRow row = asOf != null
                ? history.at(appointmentId, workspaceId, asOf)
                : appointments
                        .findByIdAndWorkspaceId(appointmentId, workspaceId)
                        .orElseThrow(RecordNotFoundException::new);
        AppointmentView view = views.of(workspaceId, List.of(row)).get(0);
        if (asOf != null) {
            audit.recordReadAsOf(actor, RESOURCE, appointmentId, asOf);
        } // else a plain read: PhiReadGuard records it before the body is written
        return view;
    }

    /** Newest start first; the date filters test the start time only, end inclusive (behaviour.md §1.5). */
    @GetMapping
    PageResponse<AppointmentView> list(
            Actor actor,
            @RequestParam(defaultValue = PageParams.DEFAULT_PAGE) @Min(1) int page,
            @RequestParam(name = "page_size", defaultValue = PageParams.DEFAULT_PAGE_SIZE)
                    @Min(1)
                    @Max(PageParams.MAX_PAGE_SIZE)
                    int pageSize,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "client_id", required = false) UUID clientId,
            @RequestParam(required = false) String status) {
        UUID workspaceId = actor.requireWorkspace().value();
        Instant from = QueryInstants.parse("start_date", startDate);
        Instant to = QueryInstants.parse("end_date", endDate);
        AppointmentStatus wanted = status == null ? null : AppointmentStatus.fromJson(status);
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (from != null) {
            conditions.add("scheduled_start >= ?");
            arguments.add(OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (to != null) {
            conditions.add("scheduled_start <= ?");
            arguments.add(OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        }
        if (clientId != null) {
            conditions.add("client_id = ?");
            arguments.add(clientId);
        }
        if (wanted != null) {
            conditions.add("status = ?");
            arguments.add(wanted.name());
        }
        PageParams paging = new PageParams(page, pageSize);
        RowQueries.Page<AppointmentRow> rows = rowQueries.page(
                AppointmentRow.TABLE,
                workspaceId,
                String.join(" AND ", conditions),
                arguments,
                "scheduled_start DESC, id ASC",
                paging);
        List<AppointmentView> found = views.of(workspaceId, rows.rows());
        Map<String, Object> details = new HashMap<>(Map.of("results", found.size(), "page", page));
        if (clientId != null) {
            details.put("client_id", clientId.toString());
        }
        audit.recordRead(actor, RESOURCE, null, "list", details);
        return PageResponse.of(found, rows.total(), paging);
    }

    /** Reports overlaps for UI warnings (R-APT-3); never blocks. */
    @GetMapping("/conflicts")
    ConflictCheck conflicts(
            Actor actor,
            @RequestParam(name = "scheduled_start") String scheduledStart,
            @RequestParam(name = "scheduled_end") String scheduledEnd,
            @RequestParam(name = "exclude_appointment_id", required = false) UUID exclude) {
        UUID workspaceId = actor.requireWorkspace().value();
        Instant start = QueryInstants.parse("scheduled_start", scheduledStart);
        Instant end = QueryInstants.parse("scheduled_end", scheduledEnd);
        if (!end.isAfter(start)) {
            throw new BusinessRuleViolation("scheduled_end must be after scheduled_start");
        }
        List<AppointmentRow> rows =
                appointments.overlapping(workspaceId, start, end, exclude == null ? new UUID(0, 0) : exclude, BLOCKING);
        ConflictCheck check = new ConflictCheck(!rows.isEmpty(), views.conflicts(workspaceId, rows));
        audit.recordRead(actor, RESOURCE, null, "conflicts", Map.of("results", rows.size()));
        return check;
    }
}
