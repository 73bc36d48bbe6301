package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.jobs.JobProgress;
import com.pazpaz.infra.jobs.Jobs;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A long job's progress is listed to platform administrators and exported as metrics, and to no one else. */
class JobStatusEndToEndTest {

    @Test
    void aPlatformAdministratorSeesTheProgressOfARunningJob() {
        JobProgress run =
                StackFixture.stack().commandService().getBean(Jobs.class).start("demo-job", 40);
        run.advance(10);

        Api.Response listed =
                StackFixture.commands(StackFixture.platformAdmin()).get("/api/v1/admin/jobs");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonNode job = listed.json().get("items").get(0);
        assertThat(job.get("name").asText()).isEqualTo("demo-job");
        assertThat(job.get("state").asText()).isEqualTo("RUNNING");
        assertThat(job.get("done").asLong()).isEqualTo(10);
        assertThat(job.get("total").asLong()).isEqualTo(40);
        assertThat(job.has("eta_seconds")).isTrue();
        assertThat(job.has("rate_per_second")).isTrue();
        String metrics = new Api(StackFixture.stack().commandBaseUrl(), null)
                .get("/actuator/prometheus")
                .body();
        assertThat(metrics).contains("pazpaz_job_done{application=\"command-service\",job=\"demo-job\"} 10.0");
        run.complete();
    }

    @Test
    void practiceStaffAreRefused() {
        var owner = StackFixture.newPractice(
                "Jobs Practice " + UUID.randomUUID().toString().substring(0, 8));
        assertThat(StackFixture.queries(owner).get("/api/v1/admin/jobs").status())
                .isEqualTo(403);
        assertThat(new Api(StackFixture.stack().queryBaseUrl(), null)
                        .get("/api/v1/admin/jobs")
                        .status())
                .isEqualTo(401);
    }
}
