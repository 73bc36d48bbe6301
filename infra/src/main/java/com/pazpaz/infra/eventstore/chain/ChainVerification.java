package com.pazpaz.infra.eventstore.chain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of walking one workspace's chain.
 *
 * @param workspaceId   the workspace
 * @param eventsChecked links walked
 * @param headSequence  sequence of the last link
 * @param headHash      hex of the last link's hash (compare with a published head)
 * @param pendingEvents committed events the chainer has not linked yet, all younger than the chaining window
 *                      (not a problem: the chain is written after commit)
 * @param problems      every broken link found, earliest event first; empty when the chain is intact
 */
public record ChainVerification(
        UUID workspaceId,
        long eventsChecked,
        long headSequence,
        String headHash,
        long pendingEvents,
        List<BrokenLink> problems) {

    @JsonProperty("intact")
    public boolean intact() {
        return problems.isEmpty();
    }

    /** The first event that was altered, removed or inserted, if any. */
    @JsonProperty("first_broken_link")
    public BrokenLink firstBrokenLink() {
        return problems.isEmpty() ? null : problems.get(0);
    }

    /**
     * One broken link.
     *
     * @param globalIndex   the event's position in the store
     * @param chainSequence its place in the workspace's chain (null for an event that is not in the chain)
     * @param kind          what happened to it
     */
    public record BrokenLink(long globalIndex, Long chainSequence, Kind kind) {}

    /** How a link is broken. */
    public enum Kind {
        /** The event's stored bytes no longer hash to its link. */
        ALTERED,
        /** The chain names an event that is no longer in the store. */
        REMOVED,
        /** An event in the store that the chain never recorded (written around the queueing trigger). */
        INSERTED,
        /** An event the application appended that is still not linked after the chaining window. */
        UNCHAINED,
        /** The chain itself was edited: a gap in its sequence or a link not pointing at its predecessor. */
        CHAIN_EDITED
    }
}
