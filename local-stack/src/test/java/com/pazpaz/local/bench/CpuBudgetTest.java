package com.pazpaz.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The CPU a target leaves an operation on two cores, as the report prints it next to the measured figure. */
class CpuBudgetTest {

    private final CpuBudget twoCores = new CpuBudget(2);

    @Test
    void aRateLeavesTheCoresDividedByTheRate() {
        // 15 % of 18,720 raw inserts per second: 2,808 commands per second on two cores
        assertThat(twoCores.forRate(0.15 * 18_720)).isCloseTo(712.3, within(0.1));
    }

    @Test
    void aLatencyOfCallersInAClosedLoopLeavesTheLimitTimesTheCoresPerCaller() {
        // 32 readers wait on average 32 × CPU ÷ 2 cores: a 15 ms wait allows 937.5 µs per read
        assertThat(twoCores.forLatency(15, 32)).isEqualTo(937.5);
        assertThat(twoCores.forLatency(5, 1)).isEqualTo(10_000);
    }

    @Test
    void theReportSaysHowFarAFigureIsOverItsBudget() {
        assertThat(CpuBudget.against(937.5, 1_151)).isEqualTo("≤ 938 µs → 1,151 µs (×1.2 over)");
        assertThat(CpuBudget.against(10_000, 6_458)).isEqualTo("≤ 10,000 µs → 6,458 µs (within)");
        assertThat(CpuBudget.against(40, Double.NaN)).isEqualTo("≤ 40 µs");
    }
}
