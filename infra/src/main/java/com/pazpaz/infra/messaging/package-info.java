/**
 * Message metadata: who did it, in which workspace, from where, as part of which request. Attached once to
 * every command at dispatch and copied by Axon onto every event the command causes.
 */
package com.pazpaz.infra.messaging;
