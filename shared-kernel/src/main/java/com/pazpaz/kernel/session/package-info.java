/**
 * Clinical notes (SOAP sessions): their commands and events. The four SOAP fields, amendment reasons and
 * deletion reasons always travel as {@link com.pazpaz.kernel.crypto.EncryptedValue}; no event holds plaintext.
 */
package com.pazpaz.kernel.session;
