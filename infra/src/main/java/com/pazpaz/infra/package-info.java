/** Technical building blocks shared by command-service and query-service. Nothing domain-specific lives here. */
package com.pazpaz.infra;
