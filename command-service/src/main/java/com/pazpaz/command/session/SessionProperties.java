package com.pazpaz.command.session;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of clinical notes.
 *
 * @param autosavesPerMinute R-RL-2: autosaves allowed per user and note in any 60-second window
 * @param purgeCron          when the purge job runs (Spring cron, UTC); "-" disables it
 * @param purgeBatchSize     at most this many notes are purged per run; the next run takes the rest
 * @param snapshotThreshold  a note is snapshotted once loading it replays this many events; 0 turns snapshots
 *                           off (every command then replays all of the note's events)
 */
@ConfigurationProperties("pazpaz.sessions")
public record SessionProperties(
        @DefaultValue("60") int autosavesPerMinute,
        @DefaultValue("0 0 2 * * *") String purgeCron,
        @DefaultValue("500") int purgeBatchSize,
        @DefaultValue("50") int snapshotThreshold) {}
