/**
 * The Axon peer of the benchmark (docs/benchmarks/README.md, "The Axon peer"): register-client on plain Axon 4
 * defaults as most teams would write it, in a Spring context of its own that shares nothing with the services: a
 * minimal event-sourced aggregate, Axon's JDBC event store and token store with their default schema, one
 * tracking processor projecting through JPA into one table; no encryption, no HTTP, no audit, no chain, no Kafka.
 */
package com.pazpaz.local.bench.peer;
