/**
 * Series of recurring appointments on the command side: the rule (lib-recur), booking every occurrence as an
 * ordinary appointment in one transaction through the calendar's conflict check, the horizon extension job, and
 * cancelling the rest of a series.
 */
package com.pazpaz.command.series;
