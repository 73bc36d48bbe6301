package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.observability.ProcessorLag;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.local.docs.GeneratedDocument;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

/** The runbook's "Rebuild the read models" SQL, taken from docs/runbook.md itself, empties and rebuilds them. */
class ReadModelRebuildTest {

    @Test
    void theRunbooksRebuildProcedureRestoresTheReadModelFromTheEvents() throws Exception {
        Actor owner = StackFixture.newPractice(
                "Rebuild Practice " + UUID.randomUUID().toString().substring(0, 8));
        Api.Response registered =
                StackFixture.commands(owner).post("/api/v1/clients", Map.of("first_name", "Re", "last_name", "Built"));
        Api reads =
                StackFixture.queries(owner).withHeader("X-Consistency-Position", Long.toString(registered.position()));
        assertThat(reads.get("/api/v1/clients/" + registered.id()).status()).isEqualTo(200);

        StreamingEventProcessor readModel = StackFixture.stack()
                .queryService()
                .getBean(EventProcessingConfiguration.class)
                .eventProcessor("read-model", StreamingEventProcessor.class)
                .orElseThrow();
        readModel.shutdownAsync().get(30, TimeUnit.SECONDS);
        try (Connection db = StackFixture.database();
                Statement sql = db.createStatement()) {
            sql.execute(runbookRebuildSql());
            ResultSet clients = sql.executeQuery("SELECT count(*) FROM public.clients");
            clients.next();
            assertThat(clients.getLong(1)).isZero();
        }
        readModel.start();

        awaitCaughtUp();
        Api.Response rebuilt = reads.get("/api/v1/clients/" + registered.id());
        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(rebuilt.json().get("full_name").asText()).isEqualTo("Re Built");
    }

    /** The SQL between BEGIN; and COMMIT; of the runbook's rebuild section. */
    private static String runbookRebuildSql() throws Exception {
        String runbook = Files.readString(GeneratedDocument.projectRoot().resolve("docs/runbook.md"));
        String section = runbook.substring(runbook.indexOf("## Rebuild the read models"));
        return section.substring(section.indexOf("BEGIN;"), section.indexOf("COMMIT;") + "COMMIT;".length());
    }

    private static void awaitCaughtUp() throws InterruptedException {
        ProcessorLag lag = StackFixture.stack().queryService().getBean(ProcessorLag.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ProcessorLag.Lag readModel = lag.current().get("read-model");
            if (readModel != null && readModel.claimed() && readModel.events() == 0) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("the read model did not catch up: " + lag.current());
    }
}
