/**
 * Tamper evidence for the event store: each workspace's events form a SHA-256 hash chain, written by a trigger
 * as they are appended; the verifier walks a chain and names the first event altered, removed or inserted.
 */
package com.pazpaz.infra.eventstore.chain;
