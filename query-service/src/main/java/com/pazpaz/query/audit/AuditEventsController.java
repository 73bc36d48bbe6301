package com.pazpaz.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.query.common.PageParams;
import com.pazpaz.query.common.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit trail for a practice's owner (behaviour.md §1.11): list, one event, and an export for auditors. */
@RestController
@Transactional(readOnly = true)
@RequestMapping("/api/v1/audit-events")
class AuditEventsController {

    private static final Set<String> RESOURCE_TYPES = Set.of(
            "User",
            "Client",
            "Appointment",
            "Session",
            "SessionAttachment",
            "PlanOfCare",
            "Service",
            "Location",
            "Workspace");
    private static final Set<String> ACTIONS = Set.of(
            "CREATE",
            "READ",
            "UPDATE",
            "DELETE",
            "LOGIN",
            "LOGOUT",
            "EXPORT",
            "PRINT",
            "SHARE",
            AuditClassification.DENIED);

    private final AuditEvents events;
    private final ObjectMapper objectMapper;
    private final AccessAudit audit;

    AuditEventsController(AuditEvents events, ObjectMapper objectMapper, AccessAudit audit) {
        this.audit = audit;
        this.events = events;
        this.objectMapper = objectMapper;
    }

    @GetMapping
    PageResponse<AuditEventView> list(
            Actor actor,
            @RequestParam(defaultValue = PageParams.DEFAULT_PAGE) @Min(1) int page,
            @RequestParam(name = "page_size", defaultValue = PageParams.DEFAULT_PAGE_SIZE)
                    @Min(1)
                    @Max(PageParams.MAX_PAGE_SIZE)
                    int pageSize,
            @RequestParam(name = "user_id", required = false) UUID userId,
            @RequestParam(name = "resource_type", required = false) String resourceType,
            @RequestParam(name = "resource_id", required = false) UUID resourceId,
            @RequestParam(required = false) String action,
            @RequestParam(name = "start_date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant startDate,
            @RequestParam(name = "end_date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant endDate,
            @RequestParam(name = "phi_only", defaultValue = "false") boolean phiOnly) {
        AuditEventQuery query = new AuditEventQuery(
                ownersWorkspace(actor),
                userId,
                checked("resource_type", resourceType, RESOURCE_TYPES),
                resourceId,
                checked("action", action, ACTIONS),
                startDate,
                endDate,
                phiOnly);
        PageParams paging = new PageParams(page, pageSize);
        return PageResponse.of(events.page(query, paging.offset(), pageSize), events.count(query), paging);
    }

    @GetMapping("/{auditEventId}")
    AuditEventView get(Actor actor, @PathVariable UUID auditEventId) {
        return events.find(ownersWorkspace(actor), auditEventId).orElseThrow(RecordNotFoundException::new);
    }

    /**
     * Every event of a period, oldest first, as CSV or JSON lines, streamed. The export takes the practice's trail
     * out of the system, so it is itself recorded (as an EXPORT of the workspace) before the first byte is sent.
     */
    @GetMapping("/export")
    @PhiEndpoint("Workspace")
    ResponseEntity<StreamingResponseBody> export(
            Actor actor,
            @RequestParam(name = "start_date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant startDate,
            @RequestParam(name = "end_date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant endDate,
            @RequestParam(defaultValue = "jsonl") String format) {
        if (!format.equals("csv") && !format.equals("jsonl")) {
            throw new ValidationFailedException(List.of(new FieldProblem("format", "must be csv or jsonl")));
        }
        UUID workspaceId = ownersWorkspace(actor);
        AuditEventQuery query = new AuditEventQuery(workspaceId, null, null, null, null, startDate, endDate, false);
        AuditExportFormat writer =
                format.equals("csv") ? AuditExportFormat.csv(objectMapper) : AuditExportFormat.jsonLines(objectMapper);
        StreamingResponseBody body = output -> {
            Writer out = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            writer.header(out);
            events.each(query, row -> writer.write(out, row));
            out.flush();
        };
        audit.recordRead(
                actor,
                "Workspace",
                workspaceId,
                AuditClassification.EXPORT_OPERATION,
                Map.of("format", format, "start_date", startDate.toString(), "end_date", endDate.toString()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-events." + format + "\"")
                .contentType(
                        format.equals("csv") ? new MediaType("text", "csv") : new MediaType("application", "x-ndjson"))
                .body(body);
    }

    private static UUID ownersWorkspace(Actor actor) {
        if (actor.role() != Role.OWNER) {
            throw new AccessDeniedException(
                    "Insufficient permissions to view audit logs. " + "Only workspace owners can access audit events.");
        }
        return actor.requireWorkspace().value();
    }

    private static String checked(String name, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new ValidationFailedException(List.of(new FieldProblem(name, "must be one of " + allowed)));
        }
        return value;
    }
}
