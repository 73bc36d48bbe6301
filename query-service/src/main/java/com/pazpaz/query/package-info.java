/** query-service: one package per read model, each with its projector, table mapping and query endpoints. */
package com.pazpaz.query;
