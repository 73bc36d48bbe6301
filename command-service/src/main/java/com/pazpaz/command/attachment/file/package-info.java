/**
 * Inspection of uploaded attachment files (R-ATT-1..4): size, type sniffed from the bytes, content that parses,
 * a malware scan through clamd, metadata stripped without re-encoding, and safe display names (R-ATT-4, R-ATT-6).
 * Only {@link com.pazpaz.command.attachment.file.UploadInspector} and its value types are meant for callers.
 */
package com.pazpaz.command.attachment.file;
