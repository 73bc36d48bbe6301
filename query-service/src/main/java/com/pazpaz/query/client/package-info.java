/**
 * Read model of clients (table {@code clients}): its projector, the row mapping and the query endpoints.
 * Rows hold ciphertext; values are decrypted only to answer an authorised read.
 */
package com.pazpaz.query.client;
