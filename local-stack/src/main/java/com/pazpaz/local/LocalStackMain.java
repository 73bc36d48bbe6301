package com.pazpaz.local;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.TokenIssuer;
import com.pazpaz.local.demo.DemoSeed;
import com.pazpaz.local.portal.ApiPortal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar local-stack/target/pazpaz-local-stack.jar}: starts everything, seeds the demo practice (once
 * per data directory, unless {@code PAZPAZ_DEMO_SEED=false}; see {@link DemoSeed}),
 * prints one line beginning {@code PazPaz ready} once the services report ready, and stops everything
 * cleanly on Ctrl-C (SIGINT) or SIGTERM.
 */
public final class LocalStackMain {

    /** Logged with a bare pattern (logback.xml): this is the line people and scripts wait for. */
    private static final Logger READY = LoggerFactory.getLogger("pazpaz.ready");

    private static final Logger log = LoggerFactory.getLogger(LocalStackMain.class);

    private LocalStackMain() {}

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("axoniq.update-checker.disabled", "true");
        long started = System.nanoTime();
        LocalStackConfig config = LocalStackConfig.fromEnvironment(System.getenv());
        LocalStack stack = LocalStack.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            log.info("Stopping the PazPaz local stack");
                            stack.close();
                            stopped.countDown();
                        },
                        "local-stack-shutdown"));
        Actor owner = DemoPractice.ensure(stack);
        ReferenceImportOnStart.runIfAsked(System.getenv(), stack);
        awaitReady(stack.commandBaseUrl());
        awaitReady(stack.queryBaseUrl());
        if (stack.remindersBaseUrl() != null) {
            awaitReady(stack.remindersBaseUrl());
        }
        ApiPortal portal = ApiPortal.start(
                LocalStackConfig.port(System.getenv(), "PAZPAZ_API_PORT", 8080), stack.serviceBaseUrls());
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "api-portal-shutdown"));
        if (!"false"
                .equalsIgnoreCase(
                        System.getenv().getOrDefault("PAZPAZ_DEMO_SEED", "true").trim())) {
            DemoSeed.seedOnce(
                    config.dataDirectory(),
                    stack.commandBaseUrl(),
                    stack.commandService().getBean(TokenIssuer.class).issue(owner));
        }
        READY.info(
                "PazPaz ready in {} s: API and Swagger UI {} | command-service {} | query-service {} | reminders {}"
                        + " | reminder e-mails: {} | token: {} | data: {}",
                String.format("%.1f", (System.nanoTime() - started) / 1e9),
                portal.swaggerUiUrl(),
                stack.commandBaseUrl(),
                stack.queryBaseUrl(),
                stack.remindersBaseUrl() == null ? "off" : stack.remindersBaseUrl(),
                stack.mailServer() == null ? "off" : stack.mailServer().mailbox(),
                config.dataDirectory().resolve(DemoPractice.OWNER_TOKEN_FILE),
                config.dataDirectory());
        stopped.await();
    }

    /** Polls the service's readiness probe (database, projections) until it answers 200. */
    private static void awaitReady(String baseUrl) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                log.debug("{} not ready yet: {}", baseUrl, e.getMessage());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(baseUrl + " did not become ready within 2 minutes");
    }
}
