package com.pazpaz.query.client;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.audit.AccessAudit;
import com.pazpaz.query.common.PageParams;
import com.pazpaz.query.common.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads of clients (behaviour.md §1.4): one client, and the paginated list ordered by decrypted name. */
@RestController
@RequestMapping("/api/v1/clients")
class ClientQueryController {

    private static final String RESOURCE = "Client";

    private final ClientRows clients;
    private final ClientDecryptor decryptor;
    private final AppointmentSummaries appointments;
    private final AccessAudit accessAudit;
    private final ClientAsOf history;

    ClientQueryController(ClientRows clients, ClientDecryptor decryptor, AppointmentSummaries appointments,
                          AccessAudit accessAudit, ClientAsOf history) {
        this.history = history;
        this.clients = clients;
        this.decryptor = decryptor;
        this.appointments = appointments;
        this.accessAudit = accessAudit;
    }

    /** One client; with {@code as_of}, the client as it stood then, rebuilt from its events. */
    @GetMapping("/{clientId}")
    ClientView get(Actor actor, @PathVariable UUID clientId,
                   @RequestParam(name = "as_of", required = false)
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        UUID workspaceId = actor.requireWorkspace().value();
        if (asOf != null) {
            ClientView then = decryptor.view(history.at(clientId, workspaceId, asOf), AppointmentSummary.NONE);
            accessAudit.recordRead(actor, RESOURCE, clientId, "read_as_of", Map.of("as_of", asOf.toString()));
            return then;
        }
        ClientRow row = clients.findByIdAndWorkspaceId(clientId, workspaceId)
                .orElseThrow(RecordNotFoundException::new);
        AppointmentSummary summary = appointments.forClients(workspaceId, List.of(clientId))
                .getOrDefault(clientId, AppointmentSummary.NONE);
        ClientView view = decryptor.view(row, summary);
        accessAudit.recordRead(actor, RESOURCE, clientId, "read", Map.of());
        return view;
    }

    @GetMapping
    PageResponse<ClientView> list(Actor actor,
                                  @RequestParam(defaultValue = PageParams.DEFAULT_PAGE) @Min(1) int page,
                                  @RequestParam(name = "page_size", defaultValue = PageParams.DEFAULT_PAGE_SIZE)
                                  @Min(1) @Max(PageParams.MAX_PAGE_SIZE) int pageSize,
                                  @RequestParam(name = "include_inactive", defaultValue = "false")
                                  boolean includeInactive,
                                  @RequestParam(name = "include_appointments", defaultValue = "false")
                                  boolean includeAppointments) {
        UUID workspaceId = actor.requireWorkspace().value();
        List<ClientRow> rows = includeInactive
                ? clients.findByWorkspaceId(workspaceId)
                : clients.findByWorkspaceIdAndIsActiveTrue(workspaceId);
        // Names are ciphertext, so the order can only be decided after decryption (decision D2).
        List<ClientRow> ordered = rows.stream().map(decryptor::sortableName).sorted()
                .map(ClientDecryptor.SortableName::row).toList();
        PageResponse<ClientRow> pageOfRows = PageResponse.slice(ordered, new PageParams(page, pageSize));
        Map<UUID, AppointmentSummary> summaries = includeAppointments
                ? appointments.forClients(workspaceId, pageOfRows.items().stream().map(ClientRow::getId).toList())
                : Map.of();
        List<ClientView> views = pageOfRows.items().stream()
                .map(row -> decryptor.view(row, summaries.getOrDefault(row.getId(), AppointmentSummary.NONE)))
                .toList();
        accessAudit.recordRead(actor, RESOURCE, null, "list", Map.of("results", views.size(),
                "page", page, "include_inactive", includeInactive));
        return new PageResponse<>(views, pageOfRows.total(), pageOfRows.page(), pageOfRows.pageSize(),
                pageOfRows.totalPages());
    }
}
