/**
 * Who changes the schema: the owner role (Flyway's user) alone runs DDL and owns every table; the services'
 * own data sources connect as their service roles, which own nothing (docs/architecture.md, "Database roles and
 * row-level security").
 */
package com.pazpaz.infra.schema;
