/**
 * Field-level encryption of PII/PHI: AES-256-GCM on the JDK provider with associated data binding each
 * ciphertext to its table, record and column (docs/encryption.md).
 */
package com.pazpaz.infra.crypto;
