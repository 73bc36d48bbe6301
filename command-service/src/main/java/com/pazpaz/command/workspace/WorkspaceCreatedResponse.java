package com.pazpaz.command.workspace;

import java.util.UUID;

/** The command response of a new workspace, plus its owner's user id so a script can act as the owner. */
record WorkspaceCreatedResponse(UUID id, long version, long position, UUID ownerUserId) {}
