/**
 * Clients (patients): their commands and events. Every identifying or clinical field travels as an
 * {@link com.pazpaz.kernel.crypto.EncryptedValue}; only consent and the archive flag are plaintext
 * (and the tags of events stored before they were encrypted).
 */
package com.pazpaz.kernel.client;
