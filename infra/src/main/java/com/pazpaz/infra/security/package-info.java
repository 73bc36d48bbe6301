/**
 * Authentication: stateless Bearer JWTs with {@code sub}, {@code workspace_id} and {@code role} claims,
 * validated with a shared HMAC key (local stack) or the identity provider's JWKS (production).
 */
package com.pazpaz.infra.security;
