/** Read model of workspaces and their users (tables {@code workspaces} and {@code users}). */
package com.pazpaz.query.workspace;
