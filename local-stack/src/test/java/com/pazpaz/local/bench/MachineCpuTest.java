package com.pazpaz.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CPU of a window is never negative, whatever PostgreSQL's processes did in it. */
class MachineCpuTest {

    private final MachineCpu cpu = new MachineCpu(1, 2, false);

    @Test
    void aBackendThatEndedInTheWindowIsLostNotSubtracted() {
        MachineCpu.Sample before = new MachineCpu.Sample(10.0, 1.0, Map.of(2L, 1.0, 30L, 5.0, 31L, 0.6));
        MachineCpu.Sample after = new MachineCpu.Sample(11.0, 1.5, Map.of(2L, 1.1, 30L, 5.3));

        MachineCpu.Usage usage = cpu.between(before, after);

        assertThat(usage.postgres()).isCloseTo(0.4, within(1e-9));
        assertThat(usage.jvm()).isCloseTo(0.5, within(1e-9));
        assertThat(usage.driver()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aProcessThatStartedInTheWindowCountsFromZero() {
        MachineCpu.Sample before = new MachineCpu.Sample(0, 0, Map.of(2L, 1.0));
        MachineCpu.Sample after = new MachineCpu.Sample(0, 0, Map.of(2L, 1.0, 40L, 0.2));

        assertThat(cpu.between(before, after).postgres()).isCloseTo(0.2, within(1e-9));
    }
}
