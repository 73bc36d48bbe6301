package com.pazpaz.query.client;

import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.audit.AccessAudit;
import com.pazpaz.query.common.PageParams;
import com.pazpaz.query.common.PageResponse;
import com.pazpaz.query.common.RowQueries;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
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

/** Reads of clients (behaviour.md §1.4): one client, and the paginated list ordered by decrypted name. */
@RestController
@Transactional(readOnly = true)
@PhiEndpoint("Client")
@RequestMapping("/api/v1/clients")
class ClientQueryController {

    private static final String RESOURCE = "Client";

    private final RowQueries clients;
    private final ClientDecryptor decryptor;
    private final AppointmentSummaries appointments;
    private final AccessAudit accessAudit;
    private final ClientAsOf history;
    private final ClientListIndex listIndex;

    ClientQueryController(
            RowQueries clients,
            ClientDecryptor decryptor,
            AppointmentSummaries appointments,
            AccessAudit accessAudit,
            ClientAsOf history,
            ClientListIndex listIndex) {
        this.history = history;
        this.listIndex = listIndex;
        this.clients = clients;
        this.decryptor = decryptor;
        this.appointments = appointments;
        this.accessAudit = accessAudit;
    }

    /** One client; with {@code as_of}, the client as it stood then, rebuilt from its events. */
    @GetMapping("/{clientId}")
    ClientView get(
            Actor actor,
            @PathVariable UUID clientId,
            @RequestParam(name = "as_of", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant asOf) {
        UUID workspaceId = actor.requireWorkspace().value();
        if (asOf != null) {
            ClientView then = decryptor.view(history.at(clientId, workspaceId, asOf), AppointmentSummary.NONE);
            accessAudit.recordReadAsOf(actor, RESOURCE, clientId, asOf);
            return then;
        }
        ClientRow row = clients.one(ClientRow.TABLE, workspaceId, clientId).orElseThrow(RecordNotFoundException::new);
        AppointmentSummary summary =
                appointments.forClients(workspaceId, List.of(clientId)).getOrDefault(clientId, AppointmentSummary.NONE);
        return decryptor.view(row, summary); // a plain read: PhiReadGuard records it before the body is written
    }

    @GetMapping
    PageResponse<ClientView> list(
            Actor actor,
            @RequestParam(defaultValue = PageParams.DEFAULT_PAGE) @Min(1) int page,
            @RequestParam(name = "page_size", defaultValue = PageParams.DEFAULT_PAGE_SIZE)
                    @Min(1)
                    @Max(PageParams.MAX_PAGE_SIZE)
                    int pageSize,
            @RequestParam(name = "include_inactive", defaultValue = "false") boolean includeInactive,
            @RequestParam(name = "include_appointments", defaultValue = "false") boolean includeAppointments) {
        UUID workspaceId = actor.requireWorkspace().value();
        // Names are ciphertext, so the order is decided on decrypted names (decision D2), kept by the index.
        List<UUID> ordered = listIndex.current(workspaceId).ids(includeInactive);
        PageResponse<UUID> pageOfIds = PageResponse.slice(ordered, new PageParams(page, pageSize));
        List<ClientRow> rows = clients.inOrder(ClientRow.TABLE, workspaceId, pageOfIds.items());
        Map<UUID, AppointmentSummary> summaries =
                includeAppointments ? appointments.forClients(workspaceId, pageOfIds.items()) : Map.of();
        List<ClientView> views = decryptor.views(rows, summaries);
        accessAudit.recordRead(
                actor,
                RESOURCE,
                null,
                "list",
                Map.of("results", views.size(), "page", page, "include_inactive", includeInactive));
        return pageOfIds.withItems(views);
    }
}
