/**
 * Rebuilding the read model from the events while the service keeps answering: build aside in a shadow schema,
 * catch up, then swap the tables in one transaction (docs/replay.md).
 */
package com.pazpaz.query.replay;
