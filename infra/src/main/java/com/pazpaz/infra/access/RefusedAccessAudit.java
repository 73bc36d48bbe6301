package com.pazpaz.infra.access;

import com.pazpaz.infra.messaging.RequestMetadataSource;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.TokenClaims;
import com.pazpaz.kernel.audit.PhiAccessRefusedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a refused request to a {@link PhiEndpoint} (404 or 403) as a {@link PhiAccessRefusedEvent} in the
 * caller's practice, before the problem response leaves. Called from the one place both services answer 404
 * and 403 ({@code ProblemResponses}), so no endpoint can forget it.
 *
 * <p>Every 404 is recorded alike, whether the id exists in another practice or nowhere: nothing is looked up, so
 * the record can neither cost a lookup nor, by being there or not, tell the caller's practice anything the 404
 * did not (decision 250). A record that cannot be appended does not change the answer (no data leaves on a
 * refusal); it is logged, with ids only. A platform administrator has no practice, so no trail to record in:
 * their refusals are logged only.
 */
public class RefusedAccessAudit {

    private static final Logger log = LoggerFactory.getLogger(RefusedAccessAudit.class);

    private final ObjectProvider<AccessRecordAppender> sharedWriter;
    private final ObjectProvider<EventStore> eventStore;
    private final ObjectProvider<PlatformTransactionManager> transactions;
    private final RequestMetadataSource requestMetadata;

    public RefusedAccessAudit(
            ObjectProvider<AccessRecordAppender> sharedWriter,
            ObjectProvider<EventStore> eventStore,
            ObjectProvider<PlatformTransactionManager> transactions,
            RequestMetadataSource requestMetadata) {
        this.sharedWriter = sharedWriter;
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.requestMetadata = requestMetadata;
    }

    /** Records the refusal when the request was to a PHI endpoint by a practice's member; else does nothing. */
    public void recordRefused(HttpServletRequest request, String reason) {
        Optional<PhiRoute> route = PhiRoute.of(request);
        Optional<Actor> actor = currentActor();
        if (route.isEmpty() || actor.isEmpty()) {
            return;
        }
        PhiRoute phi = route.get();
        if (actor.get().workspaceId() == null) {
            log.info(
                    "PHI access refused ({}) to platform administrator {}: {} id={}",
                    reason,
                    actor.get().userId(),
                    phi.route(),
                    phi.requestedId());
            return;
        }
        PhiAccessRefusedEvent refused = new PhiAccessRefusedEvent(
                actor.get().workspaceId(), phi.resourceType(), phi.requestedId(), phi.route(), reason);
        try {
            append(AccessRecords.of(refused, actor.get(), requestMetadata));
        } catch (RuntimeException failed) {
            log.warn(
                    "Refused PHI access could not be recorded ({} {} by user {} of workspace {}): {}",
                    reason,
                    phi.route(),
                    actor.get().userId(),
                    actor.get().workspaceId(),
                    failed.getClass().getName());
        }
    }

    private void append(EventMessage<?> record) {
        AccessRecordAppender shared = sharedWriter.getIfAvailable();
        if (shared != null) {
            shared.appendDurably(record);
            return;
        }
        EventStore store = eventStore.getIfAvailable();
        PlatformTransactionManager manager = transactions.getIfAvailable();
        if (store == null || manager == null) {
            return; // a process without an event store (no PHI endpoints either)
        }
        TransactionTemplate own = new TransactionTemplate(manager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        own.executeWithoutResult(status -> store.publish(record));
    }

    private static Optional<Actor> currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Jwt jwt
                ? Optional.of(TokenClaims.actorOf(jwt))
                : Optional.empty();
    }
}
