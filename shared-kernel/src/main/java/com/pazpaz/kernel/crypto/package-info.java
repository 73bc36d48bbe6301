/** The encrypted-field type shared by commands, events and read models. */
package com.pazpaz.kernel.crypto;
