/**
 * Saved locations of a practice (clinic rooms, home-visit areas, video links) and the location type that
 * appointments share. Names are unique per workspace; a referenced location is archived instead of deleted.
 */
package com.pazpaz.kernel.location;
