/**
 * OpenAPI documents generated from the controllers (springdoc), with the error responses the shared web
 * conventions produce added to every operation.
 */
package com.pazpaz.infra.apidocs;
