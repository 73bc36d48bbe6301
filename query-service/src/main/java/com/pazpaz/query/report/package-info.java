/**
 * Practice reports (owner only): figures over a date range computed from the projected read tables, never a
 * protected field; answered as JSON or CSV (docs/reports.md).
 */
package com.pazpaz.query.report;
