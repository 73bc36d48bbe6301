/** Audit facts that are not domain events: who read which protected record. */
package com.pazpaz.kernel.audit;
