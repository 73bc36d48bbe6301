/**
 * Attachments: files of a note or of a client (behaviour.md §1.9, §1.10). Their contents never travel in a
 * message: events carry the blob key of the encrypted contents, and the display name as
 * {@link com.pazpaz.kernel.crypto.EncryptedValue}, since file names routinely name the patient.
 */
package com.pazpaz.kernel.attachment;
