/**
 * The practice's reminders API ({@code /api/v1/reminders}, tag "Reminders"): its reminder settings and its reminder
 * history. The workspace is the token's and nothing else; a history shows ids, times and outcomes, never a name or
 * an e-mail address, because the reminders service stores none (docs/reminders.md).
 */
package com.pazpaz.reminders.web;
