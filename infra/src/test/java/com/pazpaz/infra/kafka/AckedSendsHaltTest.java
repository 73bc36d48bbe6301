package com.pazpaz.infra.kafka;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The relay's test hook is off unless set; the halt itself is shown in a JVM of its own by RelayKillTest. */
class AckedSendsHaltTest {

    @Test
    void offByDefaultTheRelayNeverHalts() {
        AckedSendsHalt off = new AckedSendsHalt(new RelayTestHooks(0));
        for (int sent = 0; sent < 10_000; sent++) {
            off.acknowledged();
        }
        // still running: reaching this line is the assertion
    }

    @Test
    void aNegativeCountIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new RelayTestHooks(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pazpaz.kafka.relay.test.halt-after-acked-sends");
    }
}
