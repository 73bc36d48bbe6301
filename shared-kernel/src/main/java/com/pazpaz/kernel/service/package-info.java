/**
 * Services (the kinds of treatment a practice offers, with a default duration): their commands and events.
 * Names are unique per workspace; a service that appointments reference is archived instead of deleted.
 */
package com.pazpaz.kernel.service;
