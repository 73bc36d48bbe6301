package com.pazpaz.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Full rebuilds of the read model through query-service's admin endpoint (ReadModelRebuilder), timed by it. */
final class Replay {

    private static final Logger log = LoggerFactory.getLogger(Replay.class);

    private Replay() {}

    /** Runs {@code rounds} rebuilds against the query-service at {@code queryBaseUrl}; each {events, seconds}. */
    static List<double[]> rebuilds(Http admin, String queryBaseUrl, int rounds) throws Exception {
        List<double[]> runs = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            runs.add(rebuild(admin, queryBaseUrl));
            log.info(
                    "Rebuild {} of {}: {} events in {} s",
                    round + 1,
                    rounds,
                    (long) runs.get(round)[0],
                    runs.get(round)[1]);
        }
        return runs;
    }

    static double[] rebuild(Http admin, String queryBaseUrl) throws Exception {
        String url = queryBaseUrl + "/api/v1/admin/read-model/rebuild";
        admin.post(url, "");
        JsonNode status = admin.getJson(url);
        while (!List.of("done", "failed").contains(status.get("state").asText())) {
            Thread.sleep(200);
            status = admin.getJson(url);
        }
        if (!"done".equals(status.get("state").asText())) {
            throw new IllegalStateException("the rebuild failed: " + status);
        }
        double seconds = Duration.between(
                                Instant.parse(status.get("started_at").asText()),
                                Instant.parse(status.get("finished_at").asText()))
                        .toMillis()
                / 1000.0;
        return new double[] {status.get("events_processed").asLong(), seconds};
    }
}
