/**
 * The published language of PazPaz: commands, events and queries as immutable records, typed ids and value
 * objects. Both services and every downstream consumer depend on it, so it holds no Spring and no JPA types.
 */
package com.pazpaz.kernel;
