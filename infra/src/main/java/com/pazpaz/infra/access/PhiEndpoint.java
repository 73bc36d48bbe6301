package com.pazpaz.infra.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller (or one handler) whose requests touch protected health information. It is what the access
 * audit keys on: a refused request to it (404, 403) is recorded as a refused access in either service, and in
 * query-service a successful read through it cannot be answered unrecorded (docs/audit.md, "One mechanism").
 * Every GET handler under {@code /api/v1} is either marked or named as free of PHI in {@code PhiEndpointCoverageTest}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PhiEndpoint {

    /** The audit resource type of what it serves: {@code Client}, {@code Session}, {@code Appointment}, … */
    String value();
}
