/**
 * Recording access to PHI in the event store: which endpoints serve PHI ({@link com.pazpaz.infra.access.PhiEndpoint}),
 * the access records' metadata, and the record of a refused access, made in one place for both services.
 */
package com.pazpaz.infra.access;
