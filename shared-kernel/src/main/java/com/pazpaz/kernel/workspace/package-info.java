/** Workspaces (practices) and the people who work in them. */
package com.pazpaz.kernel.workspace;
