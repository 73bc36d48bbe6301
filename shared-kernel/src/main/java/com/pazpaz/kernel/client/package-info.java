/**
 * Clients (patients): their commands and events. Every identifying or clinical field travels as an
 * {@link com.pazpaz.kernel.crypto.EncryptedValue}; only consent, tags and the archive flag are plaintext.
 */
package com.pazpaz.kernel.client;
