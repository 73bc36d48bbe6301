package com.pazpaz.local.bench.peer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Projects each registration into {@code peer_clients}; a tracking processor (Axon's default) runs it. */
@Component
@ProcessingGroup(AxonPeerApplication.PROCESSOR)
class PeerClientProjection {

    private final PeerClientRows rows;

    PeerClientProjection(PeerClientRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(PeerClientRegisteredEvent event) {
        rows.save(new PeerClientRow(event));
    }
}
