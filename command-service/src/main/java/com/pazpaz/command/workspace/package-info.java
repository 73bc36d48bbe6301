/**
 * Workspaces (practices): the platform administrator opens them with their owner; owners manage their staff and
 * storage quota. Also the command-side user directory and, on the local stack only, token minting for any user.
 */
package com.pazpaz.command.workspace;
