/**
 * The blob store on an S3-compatible object store (AWS S3, MinIO, Ceph): production storage of the encrypted
 * attachment contents (docs/attachments-s3.md).
 */
package com.pazpaz.infra.blob.s3;
