/**
 * Publishing the event stream to Kafka for downstream consumers: at least once, keyed by workspace so that a
 * practice's events stay in order, each record carrying its event id for de-duplication.
 */
package com.pazpaz.infra.kafka;
