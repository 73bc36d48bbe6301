/**
 * Appointments: the aggregate (status rules, edit tracking), the command-side calendar whose exclusion constraint
 * makes conflict detection hold under concurrency, and the REST command endpoints.
 */
package com.pazpaz.command.appointment;
