/**
 * The event store on PostgreSQL through Axon's JDBC storage engine: its schema (Flyway), serializer, token
 * store, and the lookup of a record's version and global position after a command.
 */
package com.pazpaz.infra.eventstore;
