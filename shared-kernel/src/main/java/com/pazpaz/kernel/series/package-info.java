/**
 * Series of recurring appointments: a rule (a subset of RFC 5545 RRULE) in the practice's time zone, whose
 * occurrences are ordinary appointments, booked a bounded horizon ahead and extended by a job.
 */
package com.pazpaz.kernel.series;
