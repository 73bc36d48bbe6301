/** Services a practice offers: the aggregate, its name reservations and the REST command endpoints. */
package com.pazpaz.command.service;
