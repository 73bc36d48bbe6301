/**
 * The local stack's one URL for the whole API: one OpenAPI document for both services, its Swagger UI, and
 * requests passed to the service that answers them (docs/decisions.md 165).
 */
package com.pazpaz.local.portal;
