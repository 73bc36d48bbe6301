/**
 * Clinical notes (SOAP sessions): the aggregate that guards their lifecycle from draft to finalized, amended,
 * deleted and purged, its endpoints, the command-side session directory, and the purge job.
 */
package com.pazpaz.command.session;
