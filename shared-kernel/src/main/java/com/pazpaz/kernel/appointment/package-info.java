/**
 * Appointments: the commands and events of a practice's calendar. Therapist notes and location details are free
 * text about a client's visit, so they travel as {@link com.pazpaz.kernel.crypto.EncryptedValue}s.
 */
package com.pazpaz.kernel.appointment;
