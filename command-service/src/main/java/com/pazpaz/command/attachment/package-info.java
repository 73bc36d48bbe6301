/**
 * Attachments of notes and clients (behaviour.md §1.9, §1.10, §2.12, §2.13): uploads checked by content,
 * encrypted under the note's or client's data key into the blob store, renamed, deleted and, with their note or
 * client, purged; the storage limits and the practice's quota held exactly by the {@link
 * com.pazpaz.command.attachment.AttachmentLedger}.
 */
package com.pazpaz.command.attachment;
