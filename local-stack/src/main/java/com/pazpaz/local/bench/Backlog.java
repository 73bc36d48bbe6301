package com.pazpaz.local.bench;

import com.pazpaz.infra.eventstore.EventStoreHead;
import com.pazpaz.infra.eventstore.chain.EventChainer;
import com.pazpaz.local.LocalStack;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How far behind the head of the event store each consumer of the stack is, in events, right now: the
 * query-service's read model (which also writes the audit rows), the command-service's Kafka relay, and the
 * event chainer. Taken at the end of a window, it says whether a rate was sustained or left work behind.
 */
final class Backlog {

    private Backlog() {}

    static Map<String, Long> of(LocalStack stack) {
        Map<String, Long> behind = new TreeMap<>();
        long head = stack.commandService().getBean(EventStoreHead.class).position();
        for (ConfigurableApplicationContext service :
                new ConfigurableApplicationContext[] {stack.queryService(), stack.commandService()}) {
            service.getBean(EventProcessingConfiguration.class)
                    .eventProcessors()
                    .forEach((name, processor) -> {
                        if (processor instanceof TrackingEventProcessor tracking) {
                            long position = tracking.processingStatus().values().stream()
                                    .mapToLong(status ->
                                            status.getCurrentPosition().orElse(-1))
                                    .min()
                                    .orElse(-1);
                            behind.put(name, Math.max(0, head - position));
                        }
                    });
        }
        behind.put(
                EventChainer.NAME,
                stack.commandService().getBean(EventChainer.class).backlog().events());
        return behind;
    }

    /** "kafka-publisher 0 · read-model 12 · event-chainer 3": the largest backlog of each over the rounds. */
    static String describe(Iterable<Map<String, Long>> rounds) {
        Map<String, Long> worst = new TreeMap<>();
        rounds.forEach(round -> round.forEach((name, events) -> worst.merge(name, events, Math::max)));
        StringBuilder text = new StringBuilder();
        worst.forEach((name, events) -> text.append(text.isEmpty() ? "" : " · ")
                .append(name)
                .append(' ')
                .append(events));
        return text.toString();
    }

    static long largest(Iterable<Map<String, Long>> rounds) {
        long largest = 0;
        for (Map<String, Long> round : rounds) {
            for (long events : round.values()) {
                largest = Math.max(largest, events);
            }
        }
        return largest;
    }
}
