/** What every command endpoint shares: dispatching, If-Match versions, and the command response. */
package com.pazpaz.command.common;
