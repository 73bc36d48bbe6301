package com.pazpaz.command.common;

import com.pazpaz.infra.jobs.JobProgress;
import com.pazpaz.infra.jobs.Jobs;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the scheduled jobs (purge, retention) share: one command per due record, each in its own transaction, a
 * failure logged and counted but never stopping the rest, progress reported like every long job.
 */
@Component
public class CommandSweep {

    private static final Logger log = LoggerFactory.getLogger(CommandSweep.class);

    private final CommandGateway commands;
    private final Jobs jobs;

    CommandSweep(CommandGateway commands, Jobs jobs) {
        this.commands = commands;
        this.jobs = jobs;
    }

    /** Sends {@code commandOf(item)} for each item; returns the ids that succeeded and those that failed. */
    public <T> Outcome run(
            String jobName, List<T> items, Function<T, UUID> idOf, Function<T, CommandMessage<?>> commandOf) {
        JobProgress progress = jobs.start(jobName, items.size());
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (T item : items) {
            String id = idOf.apply(item).toString();
            try {
                commands.sendAndWait(commandOf.apply(item));
                done.add(id);
            } catch (RuntimeException e) {
                // ids and exception types only: a message from deep down might quote data
                log.warn(
                        "Job {} failed for record {}: {}",
                        jobName,
                        id,
                        e.getClass().getName());
                failed.add(id);
            }
            progress.advance(1);
        }
        progress.complete();
        return new Outcome(List.copyOf(done), List.copyOf(failed));
    }

    /** Ids of the records the sweep changed, and of those it could not (tried again next run). */
    public record Outcome(List<String> done, List<String> failed) {}
}
