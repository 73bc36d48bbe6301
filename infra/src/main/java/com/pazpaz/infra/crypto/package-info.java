/**
 * Field-level encryption of PII/PHI: AES-256-GCM on the JDK provider with associated data binding each
 * ciphertext to its table, record and column; one data key per client (or note) in the key vault, wrapped under
 * versioned master keys; rotation and crypto-shredding (docs/encryption.md).
 */
package com.pazpaz.infra.crypto;
