/**
 * The reminders service's metrics (queue depth, due, outcomes, consumer lag) and the health of its Kafka consumer,
 * part of its readiness (reminders/README.md, "Health and metrics"; alerts in docs/prometheus-alerts.yml).
 */
package com.pazpaz.reminders.observability;
