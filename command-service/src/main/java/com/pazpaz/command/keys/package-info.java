/**
 * Administration of the encryption keys: master-key rotation (re-wrapping every data key in the background)
 * and retiring master key versions nothing depends on any more (docs/encryption.md, "Rotation").
 */
package com.pazpaz.command.keys;
