/** Platform administration of command-service: re-feeding Kafka from a chosen event position. */
package com.pazpaz.command.admin;
