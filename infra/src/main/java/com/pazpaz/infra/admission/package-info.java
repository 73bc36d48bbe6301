/**
 * Admission control for commands (decision 294): at most a few commands execute at once, and a command waits
 * before it executes while the event pipeline (the read-model projection, the Kafka relay) is more than a few
 * events behind and catching up. On a machine whose cores the request threads, the projection and PostgreSQL
 * share, this keeps the read model and the topics within milliseconds of the acknowledged commands instead of
 * letting the backlog grow in bursts: the throughput it reports is the one the whole pipeline sustains.
 */
package com.pazpaz.infra.admission;
