package com.pazpaz.kernel.audit;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.serialization.Revision;

/**
 * A platform administrator skipped an event the practice's read model had failed on (query-service's dead-letter
 * queue): the practice's read tables will never show what that event said, until a rebuild. query-service appends
 * this to the practice's trail before it drops the letter. The reason is a code and a ticket reference, never free
 * text, so that no PHI can be typed into it.
 *
 * @param position  the skipped event's global position in the event store (the event itself stays there)
 * @param eventType the skipped event's type (its class's simple name)
 * @param reason    one of {@code projector-defect}, {@code invalid-event}, {@code superseded}, {@code other}
 * @param ticket    the operator's ticket or incident reference, or null
 */
@Revision("1")
public record DeadLetterSkippedEvent(
        WorkspaceId workspaceId,
        long position,
        String eventType,
        UserId skippedBy,
        String reason,
        String ticket,
        Instant skippedAt)
        implements WorkspaceScoped {

    public DeadLetterSkippedEvent {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(eventType, "event type");
        Objects.requireNonNull(skippedBy, "skipped by");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(skippedAt, "skipped at");
    }
}
