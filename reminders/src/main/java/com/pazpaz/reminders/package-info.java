/**
 * Appointment reminders by e-mail: a consumer of PazPaz Core's published event contract (docs/consumers.md) that
 * reads only the topic, as generic JSON with CloudEvents headers, and its own tables (docs/reminders.md).
 */
package com.pazpaz.reminders;
