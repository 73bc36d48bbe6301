package com.pazpaz.importer;

import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.infra.messaging.BoundMetadata;
import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.kernel.ids.TypedId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sends the command of one step of one reference row, the way command-service's controllers do, with the
 * reference's author as the acting user, and records the step in the ledger in the same transaction. A step a
 * rule refuses is reported as skipped with the rule's message.
 */
final class ImportSteps {

    static final String IMPORTED_FROM_REFERENCE = "reference";
    private static final String USER_AGENT = "pazpaz-importer";

    private final RecordCommandGateway commands;
    private final UnboundEvents events;
    private final ImportLedger ledger;
    private final ImportReport report;
    private boolean rowRanNewSteps;

    ImportSteps(RecordCommandGateway commands, UnboundEvents events, ImportLedger ledger, ImportReport report) {
        this.commands = commands;
        this.events = events;
        this.ledger = ledger;
        this.report = report;
    }

    /** Who acted, in which practice, and when, according to the reference. */
    record Act(UUID workspaceId, UUID userId, Instant at) {}

    /**
     * Imports one reference row through its steps ({@code steps} answers whether all of them are imported) and
     * counts it: imported now, imported by an earlier run, or (reported by the refused step) skipped.
     */
    void row(String table, java.util.function.BooleanSupplier steps) {
        rowRanNewSteps = false;
        if (!steps.getAsBoolean()) {
            return;
        }
        if (rowRanNewSteps) {
            report.countImported(table);
        } else {
            report.countAlreadyImported(table);
        }
    }

    /**
     * Runs one step unless an earlier run committed it.
     *
     * @return whether the step is now imported (by this or an earlier run); false when a rule refused it
     */
    boolean run(String table, UUID referenceId, String step, Act act, TypedId record, Supplier<Object> command) {
        if (ledger.isDone(table, referenceId, step)) {
            return true;
        }
        try {
            BoundMetadata.with(
                    metadata(table, referenceId, act),
                    () -> commands.send(record, () -> {
                        Object built = command.get();
                        ledger.record(table, referenceId, step);
                        return built;
                    }));
            ledger.remember(table, referenceId, step);
            rowRanNewSteps = true;
            return true;
        } catch (RuntimeException refused) {
            report.skipped(table, referenceId, step + ": " + reasonOf(refused));
            return false;
        }
    }

    /**
     * Appends one event of no aggregate (an imported audit row) with the given id unless an earlier run committed
     * it, in one transaction with its ledger row.
     *
     * @return whether the step is now imported; false when the event could not be built or appended
     */
    boolean append(String table, UUID referenceId, String step, Act act, Supplier<Object> payload) {
        if (ledger.isDone(table, referenceId, step)) {
            return true;
        }
        try {
            Map<String, String> metadata = metadata(table, referenceId, act);
            events.append(referenceId, metadata, () -> {
                Object built = payload.get();
                ledger.record(table, referenceId, step);
                return built;
            });
            ledger.remember(table, referenceId, step);
            rowRanNewSteps = true;
            return true;
        } catch (RuntimeException refused) {
            report.skipped(table, referenceId, step + ": " + reasonOf(refused));
            return false;
        }
    }

    boolean isDone(String table, UUID referenceId, String step) {
        return ledger.isDone(table, referenceId, step);
    }

    ImportReport report() {
        return report;
    }

    private static Map<String, String> metadata(String table, UUID referenceId, Act act) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(MetadataKeys.WORKSPACE_ID, act.workspaceId().toString());
        if (act.userId() != null) {
            metadata.put(MetadataKeys.USER_ID, act.userId().toString());
        }
        // one correlation id per reference row: its imported events are found together
        metadata.put(MetadataKeys.CORRELATION_ID, "import:" + table + ":" + referenceId);
        metadata.put(MetadataKeys.USER_AGENT, USER_AGENT);
        metadata.put(MetadataKeys.IMPORTED_FROM, IMPORTED_FROM_REFERENCE);
        metadata.put(MetadataKeys.ORIGINAL_TIME, act.at().toString());
        return metadata;
    }

    /** The rule's message (they name rules, not values); for anything else only its kind. */
    private static String reasonOf(RuntimeException refused) {
        if (refused instanceof com.pazpaz.kernel.common.BusinessRuleViolation
                || refused instanceof IllegalArgumentException) {
            return refused.getMessage();
        }
        if (refused instanceof com.pazpaz.kernel.common.RecordNotFoundException) {
            return "a record it refers to was not imported, or belongs to another practice";
        }
        return refused.getClass().getSimpleName();
    }
}
