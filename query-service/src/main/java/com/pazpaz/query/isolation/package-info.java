/**
 * Row-level security between practices (docs/decisions.md 101): which pool a connection comes from (the request
 * role, held to the token's workspace, or the event processing's role, which sees every practice) and the
 * per-transaction workspace setting the read tables' policies compare with.
 */
package com.pazpaz.query.isolation;
