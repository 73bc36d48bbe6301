/**
 * Web conventions shared by both services: correlation ids, request metadata for events, RFC 9457 problem
 * responses, and the command response body.
 */
package com.pazpaz.infra.web;
