package com.pazpaz.command.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of attachments.
 *
 * @param uploadsPerMinute R-RL-3: uploads allowed per user in any 60-second window (notes and clients together)
 */
@ConfigurationProperties("pazpaz.attachments")
public record AttachmentProperties(@DefaultValue("10") int uploadsPerMinute) {}
