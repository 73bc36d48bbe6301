package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every client's fields are encrypted with a data key of its own, held wrapped in the key vault. */
class ClientKeysEndToEndTest {

    private static Api commands;
    private static Api queries;

    @BeforeAll
    static void openPractice() {
        Actor owner = StackFixture.newPractice(
                "Keys Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        queries = StackFixture.queries(owner);
    }

    @Test
    void eachClientsFieldsCarryTheLabelOfItsOwnKey() throws Exception {
        String dana = commands.post(
                        "/api/v1/clients",
                        Map.of("first_name", "Dana", "last_name", "Levi", "medical_history", "שלום 🙂"))
                .id();
        Api.Response registeredNoa = commands.post("/api/v1/clients", Map.of("first_name", "Noa", "last_name", "Levi"));
        String noa = registeredNoa.id();
        // the rows are read once the read model has both clients, as a reader asking for that position would
        queries.withHeader("X-Consistency-Position", Long.toString(registeredNoa.position()))
                .get("/api/v1/clients/" + noa);

        List<String> danaLabels = labelsIn(UUID.fromString(dana));
        assertThat(danaLabels).hasSize(3).containsOnly(VaultLabels.labelOf(UUID.fromString(dana)));
        assertThat(labelsIn(UUID.fromString(noa)))
                .containsOnly(VaultLabels.labelOf(UUID.fromString(noa)))
                .doesNotContain(danaLabels.get(0));
    }

    /** The key labels in front of the client's encrypted columns of the read table. */
    private static List<String> labelsIn(UUID client) throws Exception {
        List<String> labels = new ArrayList<>();
        try (Connection db = StackFixture.database();
                PreparedStatement statement = db.prepareStatement(
                        "SELECT first_name, last_name, medical_history FROM public.clients WHERE id = ?")) {
            statement.setObject(1, client);
            ResultSet row = statement.executeQuery();
            row.next();
            for (int c = 1; c <= 3; c++) {
                byte[] value = row.getBytes(c);
                if (value != null) {
                    String text = new String(value, StandardCharsets.ISO_8859_1);
                    labels.add(text.substring(0, text.indexOf(':')));
                }
            }
        }
        return labels;
    }
}
