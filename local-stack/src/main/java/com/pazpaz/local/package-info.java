/**
 * The whole system on one machine with one command: embedded PostgreSQL, an embedded KRaft broker, and both
 * services in one JVM, with a seeded demo practice. For development and demos, never for production.
 */
package com.pazpaz.local;
