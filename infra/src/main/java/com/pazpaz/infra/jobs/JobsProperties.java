package com.pazpaz.infra.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Progress reporting of long jobs.
 *
 * @param logInterval how often a running job logs its progress (done/total, rate, time left)
 */
@ConfigurationProperties("pazpaz.jobs")
public record JobsProperties(@DefaultValue("10s") Duration logInterval) {}
