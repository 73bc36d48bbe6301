/**
 * What every command endpoint shares: dispatching, the {@link com.pazpaz.command.common.ExpectedVersion} from
 * If-Match, partial bodies, and the command answers.
 */
package com.pazpaz.command.common;
