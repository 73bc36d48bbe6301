/**
 * Series of recurring appointments on the query side: a series as it stands, rebuilt from its events. Its
 * occurrences are ordinary appointments, read (and shown in the week calendar) through the appointment reads.
 */
package com.pazpaz.query.series;
