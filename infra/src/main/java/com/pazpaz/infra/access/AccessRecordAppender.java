package com.pazpaz.infra.access;

import org.axonframework.eventhandling.EventMessage;

/**
 * Appends an access record to the event store and returns once it is committed, in a transaction of its own.
 * query-service shares one commit among concurrent records (its group-commit writer); without one, each record
 * commits alone ({@link RefusedAccessAudit}).
 */
public interface AccessRecordAppender {

    void appendDurably(EventMessage<?> record);
}
