package com.pazpaz.query.report;

import com.pazpaz.infra.security.Actor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
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

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

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
        UUID workspaceId = actor.requireOwner().value();
        ReportRange range = new ReportRange(from, to);
        return answer(
                new Report(
                        "appointments",
                        range,
                        List.of(
                                "period_start",
                                "status",
                                "service_id",
                                "location_type",
                                "location_id",
                                "appointments",
                                "booked_minutes"),
                        queries.appointments(workspaceId, range, period(period))),
                format);
    }

    /** Booked hours (scheduled and completed appointments) by period, against the practice's available hours. */
    @GetMapping("/utilisation")
    ResponseEntity<?> utilisation(
            Actor actor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "month") String period,
            @RequestParam(defaultValue = "json") String format) {
        UUID workspaceId = actor.requireOwner().value();
        ReportRange range = new ReportRange(from, to);
        return answer(
                new Report(
                        "utilisation",
                        range,
                        UtilisationReport.COLUMNS,
                        utilisationReport.rows(workspaceId, range, period(period))),
                format);
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
        UUID workspaceId = actor.requireOwner().value();
        ReportRange range = new ReportRange(from, to);
        return answer(
                new Report(
                        "revenue",
                        range,
                        List.of("period_start", "service_id", "currency", "completed_appointments", "revenue"),
                        queries.revenue(workspaceId, range)),
                format);
    }

    /** New clients (registered) and active clients (with a completed appointment) by month. */
    @GetMapping("/clients")
    ResponseEntity<?> clients(
            Actor actor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "json") String format) {
        UUID workspaceId = actor.requireOwner().value();
        ReportRange range = new ReportRange(from, to);
        return answer(
                new Report(
                        "clients",
                        range,
                        List.of("period_start", "new_clients", "active_clients"),
                        queries.clients(workspaceId, range)),
                format);
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
        UUID workspaceId = actor.requireOwner().value();
        ReportRange range = new ReportRange(from, to);
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("days", days);
        row.put("completed_without_finalized_note", queries.undocumented(workspaceId, range, days, clock.instant()));
        row.put("drafts_older_than_days", queries.oldDrafts(workspaceId, range, days, clock.instant()));
        row.put("amended_after_finalization", queries.amendedAfterFinalization(workspaceId, range));
        return answer(new Report("documentation", range, List.copyOf(row.keySet()), List.of(row)), format);
    }

    private static ReportPeriod period(String value) {
        for (ReportPeriod period : ReportPeriod.values()) {
            if (period.unit().equals(value)) {
                return period;
            }
        }
        throw invalid("period", "must be week or month");
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

    private static com.pazpaz.infra.web.ValidationFailedException invalid(String field, String message) {
        return new com.pazpaz.infra.web.ValidationFailedException(
                List.of(new com.pazpaz.infra.web.ProblemResponses.FieldProblem(field, message)));
    }
}
