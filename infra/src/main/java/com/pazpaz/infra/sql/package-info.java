/**
 * Shapes of SQL statements whose plan must not depend on how large a table was when PostgreSQL planned them
 * (decision 302).
 */
package com.pazpaz.infra.sql;
