/**
 * Plans of care: a client's treatment plan with measurable goals and interventions, drafted, activated, revised
 * with a recorded reason and closed. Every free-text field travels as {@link com.pazpaz.kernel.crypto.EncryptedValue}
 * under the client's data key ({@link com.pazpaz.kernel.careplan.CarePlanEncryption}); no event holds plaintext.
 */
package com.pazpaz.kernel.careplan;
