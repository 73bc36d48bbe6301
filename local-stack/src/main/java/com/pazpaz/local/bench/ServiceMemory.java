package com.pazpaz.local.bench;

import com.pazpaz.command.CommandServiceApplication;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.query.QueryServiceApplication;
import com.pazpaz.query.common.ReadModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;

/**
 * Peak resident set of each service on its own: the stack runs both in one JVM, so each is started once more in
 * a JVM of its own on the same database and broker, given a fixed workload, and its VmHWM is read. For
 * query-service the stack's own read-model processor is paused meanwhile, so that the child's processor (and
 * its rebuild) does the projecting.
 */
final class ServiceMemory {

    private final BenchContext bench;
    private final EventSeeder seeder;
    private final List<String> serviceJvm;

    ServiceMemory(BenchContext bench, EventSeeder seeder, List<String> serviceJvm) {
        this.bench = bench;
        this.seeder = seeder;
        this.serviceJvm = serviceJvm;
    }

    void run() throws Exception {
        Actor practice = bench.newPractice("Memory");
        Http http = bench.as(practice);
        String client = new Seeder(bench, http).client(1);
        String note = seeder.noteWithAmendments(practice, 500);
        commandService(http, note);
        queryService(http, client, note);
    }

    private void commandService(Http http, String note) throws Exception {
        try (ServiceProcess service = ServiceProcess.start(
                bench.stack,
                CommandServiceApplication.class,
                serviceJvm,
                List.of("--pazpaz.query-service.base-url=" + bench.stack.queryBaseUrl()))) {
            AtomicInteger clients = new AtomicInteger();
            AtomicLong amendments = new AtomicLong(3_000_000);
            String register = service.baseUrl() + "/api/v1/clients";
            String amend = service.baseUrl() + "/api/v1/sessions/" + note + "/amend";
            bench.repeat(() -> LoadGenerator.run(
                    16,
                    bench.window,
                    caller -> http.post(register, Seeder.registerBody(clients.incrementAndGet())) != null));
            bench.repeat(() -> LoadGenerator.run(
                    1,
                    bench.window,
                    caller -> http.post(amend, Seeder.amendBody(amendments.incrementAndGet())) != null));
            bench.report.serviceMemory(
                    "command-service",
                    "start, register-client at 16 callers and amending a"
                            + " note of 500 amendments at 1, each for the rounds × the window",
                    service.peakResidentMegabytes());
        }
    }

    private void queryService(Http http, String client, String note) throws Exception {
        TrackingEventProcessor live = bench.stack
                .queryService()
                .getBean(EventProcessingConfiguration.class)
                .eventProcessor(ReadModel.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();
        live.shutDown();
        try (ServiceProcess service =
                ServiceProcess.start(bench.stack, QueryServiceApplication.class, serviceJvm, List.of())) {
            String noteUrl = service.baseUrl() + "/api/v1/sessions/" + note;
            String clientUrl = service.baseUrl() + "/api/v1/clients/" + client;
            bench.repeat(() -> LoadGenerator.run(
                    32, bench.window, caller -> http.get(caller % 2 == 0 ? noteUrl : clientUrl) == 200));
            double[] rebuild = Replay.rebuild(bench.admin(), service.baseUrl());
            bench.report.serviceMemory(
                    "query-service",
                    String.format(
                            "start, catching up, 32 readers of a note and"
                                    + " a client for the rounds × the window, then a full rebuild (%.0f events)",
                            rebuild[0]),
                    service.peakResidentMegabytes());
        } finally {
            live.start();
        }
    }
}
