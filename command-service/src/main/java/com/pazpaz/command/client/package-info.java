/**
 * The client aggregate and its REST commands: register, revise, archive. PII/PHI is encrypted here, at the
 * edge, before any command is built, so plaintext never reaches a message.
 */
package com.pazpaz.command.client;
