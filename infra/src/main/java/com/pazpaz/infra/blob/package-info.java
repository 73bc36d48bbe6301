/** Storage of encrypted attachment contents behind one interface: a directory by default, S3 in production. */
package com.pazpaz.infra.blob;
