/**
 * Plans of care on the query side: the projection into {@code care_plans} and its child tables, the reads
 * (decrypted for the answer, each recorded in the access audit), and history and {@code as_of} from the events.
 */
package com.pazpaz.query.careplan;
