/** Audit facts that are not domain events: who read which protected record, who minted a token for whom. */
package com.pazpaz.kernel.audit;
