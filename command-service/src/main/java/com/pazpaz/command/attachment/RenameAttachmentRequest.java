package com.pazpaz.command.attachment;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** PATCH body of a rename (R-ATT-6): the name is checked further by {@code FileNames.forRename}. */
record RenameAttachmentRequest(
        @JsonProperty("file_name") @NotNull @Size(min = 1, max = 255)
        String fileName) {}
