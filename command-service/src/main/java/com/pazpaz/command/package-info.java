/** command-service: one package per aggregate, each with its commands' REST endpoints. */
package com.pazpaz.command;
