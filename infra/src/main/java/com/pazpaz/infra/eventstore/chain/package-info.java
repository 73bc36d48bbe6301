/**
 * Tamper evidence for the event store: each workspace's events form a SHA-256 hash chain. Appends only queue their
 * index; after commit one {@link com.pazpaz.infra.eventstore.chain.EventChainer} (the instance holding an advisory
 * lock) links the committed events in sets (docs/adr/0004-chain-after-commit.md). The verifier walks a chain and
 * names the first event altered, removed or inserted.
 */
package com.pazpaz.infra.eventstore.chain;
