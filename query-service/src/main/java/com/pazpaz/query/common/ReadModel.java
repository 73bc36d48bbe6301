package com.pazpaz.query.common;

/**
 * The processing group of the projectors. One group, one tracking processor: a workspace's events are applied
 * in store order, so the read tables' foreign keys always hold.
 */
public final class ReadModel {

    public static final String PROCESSING_GROUP = "read-model";

    private ReadModel() {}
}
