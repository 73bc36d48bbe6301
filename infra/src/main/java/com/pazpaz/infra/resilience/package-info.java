/**
 * Riding out a database or broker restart: a cheap probe that knows when PostgreSQL is away, a data source that
 * refuses at once while it is (503 with {@code Retry-After} instead of requests piling up on the pool), and a
 * supervisor that restarts the event processors as soon as the store is back, instead of leaving them in
 * Axon's growing back-off.
 */
package com.pazpaz.infra.resilience;
