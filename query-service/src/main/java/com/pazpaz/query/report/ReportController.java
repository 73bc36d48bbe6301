package com.pazpaz.query.report;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.ProblemResponses;
import com.pazpaz.infra.web.ValidationFailedException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Practice reports for the owner (assistants 403): appointments, utilisation, clients and documentation
 * compliance over {@code from}–{@code to} (dates, UTC, inclusive). {@code format=csv} answers {@code text/csv}
 * with the same columns. The figures hold no protected field, so a report is not a PHI read.
 */
@RestController
@Transactional(readOnly = true)
@RequestMapping("/api/v1/reports")
class ReportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final ReportLayout APPOINTMENTS = new ReportLayout(
            "appointments",
            List.of(
                    "period_start",
                    "status",
                    "service_id",
                    "location_type",
                    "location_id",
                    "appointments",
                    "booked_minutes"));
    private static final ReportLayout UTILISATION = new ReportLayout("utilisation", UtilisationReport.COLUMNS);
    private static final ReportLayout REVENUE = new ReportLayout(
            "revenue", List.of("period_start", "service_id", "currency", "completed_appointments", "revenue"));
    private static final ReportLayout CLIENTS =
            new ReportLayout("clients", List.of("period_start", "new_clients", "active_clients"));
    /** The keys of the one row {@link #documentation} answers, in this order. */
    private static final ReportLayout DOCUMENTATION = new ReportLayout(
            "documentation",
            List.of(
                    "days",
                    "completed_without_finalized_note",
                    "drafts_older_than_days",
                    "amended_after_finalization"));

    private final ReportQueries queries;
    private final UtilisationReport utilisationReport;
    private final Clock clock;

    ReportController(ReportQueries queries, UtilisationReport utilisation, Clock clock) {
        this.queries = queries;
        this.utilisationReport = utilisation;
        this.clock = clock;
    }

    /** Appointments by period, status, service and location, with their booked minutes. */
    @GetMapping("/appointments")
    ResponseEntity<?> appointments(
            Actor actor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "month") String period,
            @RequestParam(defaultValue = "json") String format) {
        return answer(
                actor,
                from,
                to,
                format,
                APPOINTMENTS,
                (workspaceId, range) -> queries.appointments(workspaceId, range, period(period)));
    }

    /** Booked hours (scheduled and completed appointments) by period, against the practice's available hours. */
    @GetMapping("/utilisation")
    ResponseEntity<?> utilisation(
            Actor actor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "month") String period,
            @RequestParam(defaultValue = "json") String format) {
        return answer(
                actor,
                from,
                to,
                format,
                UTILISATION,
                (workspaceId, range) -> utilisationReport.rows(workspaceId, range, period(period)));
    }

    /**
     * Revenue by month and service: completed appointments times the price their service had when each was
     * completed, in that currency (decision 201); a service without a price then has null revenue.
     */
    @GetMapping("/revenue")
    ResponseEntity<?> revenue(
            Actor actor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "json") String format) {
        return answer(actor, from, to, format, REVENUE, queries::revenue);
    }

    /** New clients (registered) and active clients (with a completed appointment) by month. */
    @GetMapping("/clients")
    ResponseEntity<?> clients(
            Actor actor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "json") String format) {
        return answer(actor, from, to, format, CLIENTS, queries::clients);
    }

    /** Today's count of active clients with no scheduled appointment ahead. */
    @GetMapping("/clients-without-future-appointment")
    Map<String, Object> withoutFutureAppointment(Actor actor) {
        UUID workspaceId = actor.requireOwner().value();
        return Map.of(
                "clients",
                queries.withoutFutureAppointment(workspaceId, clock.instant()),
                "as_of",
                clock.instant().toString());
    }

    /**
     * Documentation compliance for appointments and notes of the range: completed appointments without a
     * finalized note {@code days} after their end, drafts older than {@code days}, notes amended after
     * finalization.
     */
    @GetMapping("/documentation")
    ResponseEntity<?> documentation(
            Actor actor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "7") @Min(0) @Max(3650) int days,
            @RequestParam(defaultValue = "json") String format) {
        return answer(actor, from, to, format, DOCUMENTATION, (workspaceId, range) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("days", days);
            row.put(
                    "completed_without_finalized_note",
                    queries.undocumented(workspaceId, range, days, clock.instant()));
            row.put("drafts_older_than_days", queries.oldDrafts(workspaceId, range, days, clock.instant()));
            row.put("amended_after_finalization", queries.amendedAfterFinalization(workspaceId, range));
            return List.of(row);
        });
    }

    private static ReportPeriod period(String value) {
        for (ReportPeriod period : ReportPeriod.values()) {
            if (period.unit().equals(value)) {
                return period;
            }
        }
        throw invalid("period", "must be week or month");
    }

    /**
     * What every report over a range shares, in this order: the owner only (an assistant is 403 before the range
     * is checked), then the range, then the rows, answered as JSON or, for {@code format=csv}, as a CSV attachment.
     */
    private static ResponseEntity<?> answer(
            Actor actor, LocalDate from, LocalDate to, String format, ReportLayout layout, ReportRows rows) {
        UUID workspaceId = actor.requireOwner().value();
        ReportRange range = new ReportRange(from, to);
        return answer(new Report(layout.report(), range, layout.columns(), rows.of(workspaceId, range)), format);
    }

    private static ResponseEntity<?> answer(Report report, String format) {
        return switch (format) {
            case "json" ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
            case "csv" ->
                ResponseEntity.ok()
                        .contentType(CSV)
                        .header(
                                "Content-Disposition",
                                "attachment; filename=\"" + report.report() + "-"
                                        + report.range().from() + "-"
                                        + report.range().to() + ".csv\"")
                        .body(report.csv());
            default -> throw invalid("format", "must be json or csv");
        };
    }

    private static ValidationFailedException invalid(String field, String message) {
        return new ValidationFailedException(List.of(new ProblemResponses.FieldProblem(field, message)));
    }

    /** A report's name (its CSV file name) and its columns in order. */
    private record ReportLayout(String report, List<String> columns) {}

    /** A report's rows for one practice and range. */
    @FunctionalInterface
    private interface ReportRows {
        List<Map<String, Object>> of(UUID workspaceId, ReportRange range);
    }
}
