/**
 * Plans of care on the command side: the {@link com.pazpaz.command.careplan.CarePlan} aggregate, its endpoints,
 * the encryption of its free text under the client's key, and the directory that finds a plan's client.
 */
package com.pazpaz.command.careplan;
