package com.pazpaz.command.common;

/**
 * The processing group of the command side's own lookup tables (user directory, name reservations, calendars,
 * ledgers, retention clocks). It is a subscribing processor: its handlers run in the transaction that stores the
 * events, so when a command returns every lookup already reflects it, and a failing handler rolls the command back.
 * Its query-side counterpart is {@code query/common/ReadModel}.
 */
public final class CommandLookups {

    public static final String PROCESSING_GROUP = "command-lookups";

    private CommandLookups() {}
}
