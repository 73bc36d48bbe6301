package com.pazpaz.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Labels of the data keys in the stack's key vault, as the values encrypted with them carry them. */
final class VaultLabels {

    private VaultLabels() {}

    /** The label of the owner's data key (live or destroyed). */
    static String labelOf(UUID owner) throws Exception {
        try (Connection db = StackFixture.database();
                PreparedStatement statement =
                        db.prepareStatement("SELECT id FROM key_vault.data_keys WHERE owner_id = ?")) {
            statement.setObject(1, owner);
            ResultSet id = statement.executeQuery();
            if (!id.next()) {
                throw new IllegalStateException("no data key for " + owner);
            }
            return label(id.getLong(1));
        }
    }

    /** The labels of every key not destroyed. */
    static List<String> live() throws Exception {
        List<String> labels = new ArrayList<>();
        try (Connection db = StackFixture.database();
                PreparedStatement statement =
                        db.prepareStatement("SELECT id FROM key_vault.data_keys WHERE wrapped IS NOT NULL")) {
            ResultSet ids = statement.executeQuery();
            while (ids.next()) {
                labels.add(label(ids.getLong(1)));
            }
        }
        return labels;
    }

    private static String label(long id) {
        return "d" + Long.toString(id, 36);
    }
}
