package com.pazpaz.infra.eventstore.chain;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes every workspace's chain head outside the database, to the log and to a Kafka topic, at a regular
 * interval. Someone able to rewrite the event store and its whole chain still cannot change what was published:
 * {@link EventChainVerifier#holdsPublishedHead} catches the rewrite.
 */
public class ChainHeadPublisher {

    private static final Logger log = LoggerFactory.getLogger(ChainHeadPublisher.class);

    private final JdbcTemplate jdbc;
    private final String schema;
    private final Consumer<PublishedHead> sink;

    public ChainHeadPublisher(JdbcTemplate jdbc, String schema, Consumer<PublishedHead> sink) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.sink = sink;
    }

    @Scheduled(
            fixedDelayString = "${pazpaz.event-chain.publish-interval:PT5M}",
            initialDelayString = "${pazpaz.event-chain.publish-initial-delay:PT30S}")
    public void publish() {
        for (PublishedHead head : heads()) {
            log.info(
                    "Event chain head: workspace={} sequence={} hash={}",
                    head.workspaceId(),
                    head.chainSequence(),
                    head.hash());
            sink.accept(head);
        }
    }

    List<PublishedHead> heads() {
        return jdbc.query(
                "SELECT workspace_id, chain_sequence, hash, updated_at FROM " + schema + ".chain_head",
                (rs, n) -> new PublishedHead(
                        rs.getObject(1, UUID.class),
                        rs.getLong(2),
                        HexFormat.of().formatHex(rs.getBytes(3)),
                        rs.getTimestamp(4).toInstant()));
    }

    /** A chain head as published: enough to check later that the chain still holds this link. */
    public record PublishedHead(UUID workspaceId, long chainSequence, String hash, Instant at) {

        public String toJson() {
            return "{\"workspace_id\":\"" + workspaceId + "\",\"chain_sequence\":" + chainSequence + ",\"hash\":\""
                    + hash + "\",\"at\":\"" + at + "\"}";
        }
    }
}
