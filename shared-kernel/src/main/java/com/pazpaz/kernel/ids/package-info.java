/** Typed identifiers: a client id can never be passed where a workspace id is expected. */
package com.pazpaz.kernel.ids;
