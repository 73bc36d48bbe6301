package com.pazpaz.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The practices imported so far and their owners. The owner stands as the author of what the reference recorded
 * without one (decision 190); a row of a practice that was not imported is reported, not imported.
 */
final class ImportedPractices {

    private final ImportReport report;
    private final Map<UUID, UUID> owners = new HashMap<>();
    private final Map<UUID, UUID> practiceOfUser = new HashMap<>();

    ImportedPractices(ImportReport report) {
        this.report = report;
    }

    void add(UUID workspaceId, UUID ownerId) {
        owners.put(workspaceId, ownerId);
        practiceOfUser.put(ownerId, workspaceId);
    }

    /** A user imported as a member of the practice. */
    void addUser(UUID workspaceId, UUID userId) {
        practiceOfUser.put(userId, workspaceId);
    }

    /**
     * The user, when they were imported as a member of this practice; otherwise {@code null} (the reference's
     * user was deleted, or belongs to another practice).
     */
    UUID memberOrNull(UUID workspaceId, UUID userId) {
        return userId != null && workspaceId.equals(practiceOfUser.get(userId)) ? userId : null;
    }

    boolean contains(UUID workspaceId) {
        return owners.containsKey(workspaceId);
    }

    /** The owner of the row's practice, or {@code null} (reported as skipped) when the practice is not imported. */
    UUID ownerFor(String table, UUID referenceId, UUID workspaceId) {
        UUID owner = owners.get(workspaceId);
        if (owner == null) {
            report.skipped(table, referenceId, "its practice was not imported");
        }
        return owner;
    }
}
