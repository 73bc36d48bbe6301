package com.pazpaz.query.attachment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** R-ATT-9: 1 to 50 attachment ids. */
record BulkDownloadRequest(@NotNull @Size(min = 1, max = 50) List<@NotNull UUID> attachmentIds) {}
