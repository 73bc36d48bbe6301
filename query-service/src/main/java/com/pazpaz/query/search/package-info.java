/**
 * Search without plaintext: a blind index of keyed tokens (HMAC of normalised words and prefixes under the
 * practice's search key), kept by the read-model projection and looked up by token equality (docs/encryption.md).
 */
package com.pazpaz.query.search;
