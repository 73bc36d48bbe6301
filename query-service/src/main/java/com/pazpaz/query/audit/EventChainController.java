package com.pazpaz.query.audit;

import com.pazpaz.infra.eventstore.chain.ChainVerification;
import com.pazpaz.infra.eventstore.chain.EventChainVerifier;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.workspace.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proves the event store unaltered: walks hash chains and names the first broken link. A platform administrator
 * may verify any workspace (or all); an owner only their own.
 */
@RestController
@RequestMapping("/api/v1/audit/event-chain")
class EventChainController {

    private final EventChainVerifier verifier;

    EventChainController(EventChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verification")
    List<ChainVerification> verify(
            Actor actor, @RequestParam(name = "workspace_id", required = false) UUID workspaceId) {
        if (actor.isPlatformAdmin()) {
            List<UUID> workspaces = workspaceId != null ? List.of(workspaceId) : verifier.workspaces();
            return workspaces.stream().map(verifier::verify).toList();
        }
        if (actor.role() != Role.OWNER
                || (workspaceId != null
                        && !workspaceId.equals(actor.workspaceId().value()))) {
            throw new AccessDeniedException("Only owners verify their own workspace's chain");
        }
        return List.of(verifier.verify(actor.requireWorkspace().value()));
    }
}
