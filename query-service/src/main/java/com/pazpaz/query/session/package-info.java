/**
 * Read model of clinical notes (tables {@code sessions} and {@code session_versions}): the projector, the
 * query endpoints, and the history and point-in-time answers rebuilt from the note's events.
 */
package com.pazpaz.query.session;
