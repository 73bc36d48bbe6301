/**
 * Read model of workspaces and their users (tables {@code workspaces} and {@code users}): staff, storage, and the
 * projected user status query-service checks tokens against.
 */
package com.pazpaz.query.workspace;
