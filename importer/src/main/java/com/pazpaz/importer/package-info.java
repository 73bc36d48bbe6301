/**
 * Moves a practice from the reference implementation's database into this system (docs/import.md): reads its rows,
 * decrypts them with its keys in memory, and sends command-service's commands with the reference's ids, times and
 * authors, recording each committed step in a ledger so that a second run imports nothing twice.
 */
package com.pazpaz.importer;
