/** Saved locations of a practice: the aggregate, its name reservations and the REST command endpoints. */
package com.pazpaz.command.location;
