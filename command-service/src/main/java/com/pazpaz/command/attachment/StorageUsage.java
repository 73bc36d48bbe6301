package com.pazpaz.command.attachment;

/** A practice's stored bytes and the most it may store. */
record StorageUsage(long usedBytes, long quotaBytes) {}
