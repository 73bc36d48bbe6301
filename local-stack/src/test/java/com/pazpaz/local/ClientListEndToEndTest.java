package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The client list is answered from an in-memory index of decrypted names per workspace; each test first lists
 * (so the index is built) and then changes a client, and the next list must already show the change.
 */
class ClientListEndToEndTest {

    @Test
    void aRenamedClientMovesToItsNewPlaceInTheVeryNextList() {
        Practice practice = Practice.open("Rename");
        practice.register("Dana", "Levi");
        practice.register("Zoe", "Adams");
        String baker = practice.register("Alice", "Baker");
        assertThat(practice.names("/api/v1/clients")).containsExactly("Zoe Adams", "Alice Baker", "Dana Levi");

        practice.write(practice.commands.put("/api/v1/clients/" + baker, Map.of("last_name", "Aaron")));

        assertThat(practice.names("/api/v1/clients")).containsExactly("Alice Aaron", "Zoe Adams", "Dana Levi");
    }

    @Test
    void archivingAndReactivatingMoveAClientOutOfAndBackIntoTheDefaultList() {
        Practice practice = Practice.open("Archive");
        practice.register("Dana", "Levi");
        String adams = practice.register("Zoe", "Adams");
        assertThat(practice.names("/api/v1/clients")).containsExactly("Zoe Adams", "Dana Levi");

        practice.write(practice.commands.delete("/api/v1/clients/" + adams));
        assertThat(practice.names("/api/v1/clients")).containsExactly("Dana Levi");
        assertThat(practice.list("/api/v1/clients").get("total").asLong()).isEqualTo(1);
        assertThat(practice.names("/api/v1/clients?include_inactive=true")).containsExactly("Zoe Adams", "Dana Levi");

        practice.write(practice.commands.put("/api/v1/clients/" + adams, Map.of("is_active", true)));
        assertThat(practice.names("/api/v1/clients")).containsExactly("Zoe Adams", "Dana Levi");
    }

    @Test
    void anErasedClientLosesItsNameAndSortsLastInTheVeryNextList() {
        Practice practice = Practice.open("Erase");
        String adams = practice.register("Zoe", "Adams");
        String levi = practice.register("Dana", "Levi");
        assertThat(practice.names("/api/v1/clients")).containsExactly("Zoe Adams", "Dana Levi");

        practice.write(practice.commands.post("/api/v1/clients/" + adams + "/erase", Map.of("confirm", adams)));

        JsonNode list = practice.list("/api/v1/clients");
        assertThat(list.get("items").findValuesAsText("id")).containsExactly(levi, adams);
        assertThat(list.get("items").get(1).get("erased").asBoolean()).isTrue();
        assertThat(list.get("items").get(1).get("full_name").isNull()).isTrue();
        assertThat(list.toString()).doesNotContain("Zoe").doesNotContain("Adams");
        assertThat(list.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void twoPracticesListOnlyTheirOwnClientsWhileBothIndexesAreWarm() {
        Practice first = Practice.open("First");
        Practice second = Practice.open("Second");
        first.register("Dana", "Levi");
        second.register("Dana", "Levi");
        second.register("Noa", "Cohen");
        assertThat(first.names("/api/v1/clients")).containsExactly("Dana Levi");
        assertThat(second.names("/api/v1/clients")).containsExactly("Noa Cohen", "Dana Levi");

        String added = first.register("Zoe", "Adams");

        JsonNode firstList = first.list("/api/v1/clients?include_inactive=true");
        assertThat(firstList.get("items").findValuesAsText("full_name")).containsExactly("Zoe Adams", "Dana Levi");
        assertThat(firstList.get("total").asLong()).isEqualTo(2);
        JsonNode secondList = second.list("/api/v1/clients?include_inactive=true");
        assertThat(secondList.get("items").findValuesAsText("full_name")).containsExactly("Noa Cohen", "Dana Levi");
        assertThat(secondList.get("items").findValuesAsText("id")).doesNotContain(added);
        assertThat(secondList.get("items").findValuesAsText("workspace_id"))
                .containsOnly(second.owner.workspaceId().toString());
    }

    @Test
    void pagesOfAChangedListAddUpToTheWholeListWithTheNewTotal() {
        Practice practice = Practice.open("Pages");
        for (String last : List.of("E", "D", "C", "B")) {
            practice.register("Client", last);
        }
        assertThat(practice.names("/api/v1/clients?page_size=3")).containsExactly("Client B", "Client C", "Client D");

        practice.register("Client", "A");

        JsonNode first = practice.list("/api/v1/clients?page=1&page_size=3");
        JsonNode second = practice.list("/api/v1/clients?page=2&page_size=3");
        assertThat(first.get("items").findValuesAsText("full_name"))
                .containsExactly("Client A", "Client B", "Client C");
        assertThat(second.get("items").findValuesAsText("full_name")).containsExactly("Client D", "Client E");
        assertThat(second.get("total").asLong()).isEqualTo(5);
        assertThat(second.get("total_pages").asLong()).isEqualTo(2);
    }

    /** A practice of its own, and the position of its last write, which every read waits for. */
    private static final class Practice {

        private final Actor owner;
        private final Api commands;
        private final Api queries;
        private long position;

        private Practice(Actor owner) {
            this.owner = owner;
            this.commands = StackFixture.commands(owner);
            this.queries = StackFixture.queries(owner);
        }

        static Practice open(String name) {
            return new Practice(StackFixture.newPractice(
                    "List " + name + " " + UUID.randomUUID().toString().substring(0, 8)));
        }

        String register(String firstName, String lastName) {
            return write(commands.post("/api/v1/clients", Map.of("first_name", firstName, "last_name", lastName)))
                    .id();
        }

        Api.Response write(Api.Response response) {
            assertThat(response.status() / 100).as(response.toString()).isEqualTo(2);
            position = response.position();
            return response;
        }

        JsonNode list(String path) {
            Api.Response response = queries.withHeader("X-Consistency-Position", Long.toString(position))
                    .get(path);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            return response.json();
        }

        List<String> names(String path) {
            return list(path).get("items").findValuesAsText("full_name");
        }
    }
}
