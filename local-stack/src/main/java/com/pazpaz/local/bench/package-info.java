/**
 * The system-level benchmark suite (docs/benchmarks/README.md): the machine's own limits (raw PostgreSQL) and the
 * system's figures, measured side by side in one run on a durable local stack, reported as medians with spread
 * and as ratios to the raw limits. Never run by the tests.
 */
package com.pazpaz.local.bench;
