/**
 * The client aggregate and its REST commands: register, revise, archive, erase. PII/PHI is encrypted here, at
 * the edge, with the client's own data key, before any command is built, so plaintext never reaches a message.
 */
package com.pazpaz.command.client;
