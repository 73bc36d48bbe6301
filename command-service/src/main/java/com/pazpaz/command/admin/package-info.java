/**
 * Platform administration of command-service: re-feeding Kafka from a chosen event position, and re-applying
 * erasures after a restore.
 */
package com.pazpaz.command.admin;
