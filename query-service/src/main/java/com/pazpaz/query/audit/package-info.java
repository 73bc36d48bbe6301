/** Audit answers built from the event store: verification of its hash chains. */
package com.pazpaz.query.audit;
