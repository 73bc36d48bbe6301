/**
 * Retention: a client's record is kept for the retention period after its last activity (7 years by default);
 * then the retention job erases it by destroying its keys, leaving the audit trail intact (docs/retention.md).
 */
package com.pazpaz.command.retention;
