/** Read model of services (table {@code services}): projector, row mapping and query endpoints. */
package com.pazpaz.query.service;
