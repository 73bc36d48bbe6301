/**
 * The read model's dead-letter queue, one sequence per practice: an event a projector fails on is parked with
 * every later event of its practice, in order, while the other practices keep projecting; administrators list,
 * retry and skip the letters (docs/runbook.md, "Dead letters").
 */
package com.pazpaz.query.deadletter;
