package com.pazpaz.local.bench;

import com.pazpaz.local.bench.peer.AxonPeerApplication;
import com.pazpaz.local.bench.peer.RegisterPeerClientCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Axon peer's own JVM ({@link AxonPeer} starts it): starts the peer's context, sends register-client through
 * the {@link CommandGateway} from 1 and 16 threads for the rounds × the window, and writes one line per window to
 * {@code --out}: callers, operations, errors, seconds, p50, p95, p99 (ms), CPU seconds of this JVM and of
 * PostgreSQL, and how many events the tracking processor was behind at the end. The callers run each command
 * in their own thread (Axon's SimpleCommandBus), so their CPU counts as the command's.
 */
public final class AxonPeerMain {

    private static final String MEDICAL_HISTORY = "History of lower back pain. ".repeat(10);

    private AxonPeerMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Report.options(args);
        MachineCpu.watch(Path.of(options.get("pg-data")), true);
        int rounds = Integer.parseInt(options.get("rounds"));
        Duration window = Duration.ofSeconds(Long.parseLong(options.get("seconds")));
        List<String> lines = new ArrayList<>();
        try (ConfigurableApplicationContext peer = AxonPeerApplication.builder(
                        options.get("jdbc-url"), options.get("user"), options.get("password"))
                .run()) {
            CommandGateway gateway = peer.getBean(CommandGateway.class);
            LoadGenerator.Operation register = caller -> {
                UUID id = UUID.randomUUID();
                gateway.sendAndWait(new RegisterPeerClientCommand(
                        id, "Bench" + caller, "Mark", "b" + id + "@example.org", "+972500000000", MEDICAL_HISTORY));
                return true;
            };
            LoadGenerator.run(4, window.multipliedBy(2), register);
            for (int callers : new int[] {1, 16}) {
                for (int round = 0; round < rounds; round++) {
                    LoadResult result = LoadGenerator.run(callers, window, register);
                    lines.add(line(callers, result, eventsBehind(peer)));
                }
            }
        }
        Files.write(Path.of(options.get("out")), lines);
        System.exit(0);
    }

    private static String line(int callers, LoadResult r, long behind) {
        return callers + " " + r.operations() + " " + r.errors() + " " + r.seconds() + " " + r.p50() + " " + r.p95()
                + " " + r.p99() + " " + r.cpu().jvm() + " " + r.cpu().postgres() + " " + behind;
    }

    /** Head of the event store minus the tracking processor's position, right after the window. */
    private static long eventsBehind(ConfigurableApplicationContext peer) {
        TrackingToken head = peer.getBean(EventStore.class).createHeadToken();
        TrackingEventProcessor processor = peer.getBean(EventProcessingConfiguration.class)
                .eventProcessor(AxonPeerApplication.PROCESSOR, TrackingEventProcessor.class)
                .orElseThrow();
        long position = processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1))
                .min()
                .orElse(-1);
        return head instanceof GlobalSequenceTrackingToken global
                ? Math.max(0, global.getGlobalIndex() - position)
                : -1;
    }
}
