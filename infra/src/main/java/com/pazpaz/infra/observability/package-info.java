/**
 * What operators see without reading code: event processor lag as metrics and as part of readiness, and
 * metric hooks for other components (key cache). Metric labels never carry PHI or record ids.
 */
package com.pazpaz.infra.observability;
