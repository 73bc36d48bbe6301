/**
 * Audit facts that are not domain events: who read which protected record, who minted a token for whom, who skipped
 * an event the read model had failed on.
 */
package com.pazpaz.kernel.audit;
