/**
 * Progress of long jobs (replay, key rotation, purge, retention): done/total, rate and time left, in the log,
 * as metrics tagged with the job's name, and at {@code GET /api/v1/admin/jobs}.
 */
package com.pazpaz.infra.jobs;
