package com.pazpaz.query.common;

import java.util.OptionalLong;
import java.util.UUID;

/**
 * Which practices' events the read model has parked (the dead-letter queue, package {@code deadletter}): asked by
 * the read-your-writes gate, from memory, so that a caller whose practice is paused is told so rather than kept
 * waiting or answered with rows that lack its write.
 */
public interface ParkedSequences {

    /** The position of the practice's first parked event, if it has any. */
    OptionalLong firstParkedPosition(UUID workspace);
}
