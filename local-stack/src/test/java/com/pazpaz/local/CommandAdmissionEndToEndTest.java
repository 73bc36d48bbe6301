package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.admission.CommandAdmission;
import com.pazpaz.infra.security.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;

/**
 * Admission (decision 294) through the whole stack: commands wait for a read model that is catching up, never for
 * one that has stopped. With query-service's projection shut down, commands keep being answered, and once the
 * projection has not moved for a second command-service stops counting it; started again, it projects what was
 * accepted meanwhile.
 */
class CommandAdmissionEndToEndTest {

    private static final int COMMANDS_WHILE_STOPPED = 20;

    @Test
    void aStoppedReadModelHoldsNoCommandBackAndProjectsWhatWasAcceptedOnceStarted() throws Exception {
        Actor owner = StackFixture.newPractice(
                "Admission " + UUID.randomUUID().toString().substring(0, 8));
        Api commands = StackFixture.commands(owner);
        CommandAdmission admission = StackFixture.stack().commandService().getBean(CommandAdmission.class);
        EventProcessor readModel = StackFixture.readModel();
        readModel.shutDown();
        List<Api.Response> registered = new ArrayList<>();
        try {
            for (int i = 0; i < COMMANDS_WHILE_STOPPED; i++) {
                registered.add(commands.post("/api/v1/clients", Map.of("first_name", "Noa" + i, "last_name", "Gal")));
            }
            assertThat(registered)
                    .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));

            // the read model is now at least 20 events behind and does not move: after the stall window it no
            // longer counts, so the pipeline admission sees is only the running Kafka relay, which keeps up
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (admission.pipelineBehind() > 8 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(admission.pipelineBehind()).isLessThanOrEqualTo(8);
        } finally {
            readModel.start();
        }
        Api.Response last = registered.get(registered.size() - 1);
        Api.Response read = StackFixture.queries(owner)
                .withHeader("X-Consistency-Position", Long.toString(last.position()))
                .get("/api/v1/clients/" + last.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("first_name").asText()).isEqualTo("Noa" + (COMMANDS_WHILE_STOPPED - 1));
    }
}
