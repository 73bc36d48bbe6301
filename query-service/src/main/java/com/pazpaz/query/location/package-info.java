/** Read model of saved locations (table {@code locations}): projector, row mapping and query endpoints. */
package com.pazpaz.query.location;
