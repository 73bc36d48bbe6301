/**
 * Attachments of notes and clients as read: the {@code session_attachments} table, lists, short-lived signed
 * download links and the downloads themselves (decrypted on the way out), and the zip of several files.
 */
package com.pazpaz.query.attachment;
