/**
 * Read model of appointments (table {@code appointments}): projector, row mapping, the calendar list, one
 * appointment, and the conflict check used for UI warnings.
 */
package com.pazpaz.query.appointment;
